package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// pledgedInTurn makes a pledge of a speaker's own "we will" or "I will"
// in a transcript's turn ("Marta Ilves: We will reopen the crossing on
// Monday") or in a letter that names its voice ("We, the undersigned
// chief executives, … We will publish our water data"): the turn or the
// letter is its makers' own words, as good as a quotation, and a will in
// them is a promise as a quoted one is (see settleStatus). What the
// speaker says another party will do keeps its intent, as a report of it
// does.
func (r *actorResolver) pledgedInTurn(d *doc.Document, c *clause) {
	s := c.s
	if c.status != briefing.StatusIntends || c.strong || c.cond >= 0 || c.measure || s.Words[c.pred].XPOS == "VBG" ||
		!willModals[modalOf(s, c.verb)] || !unquotedFirstPerson(s, c.actors) {
		return
	}
	if _, _, turn := text.TurnLabel(d, c.si); turn || r.inNamedVoice(d.Sentences[c.si].Start) {
		c.status = briefing.StatusPledged
	}
}

// ownWords reports whether sentence si is its speaker's or writer's own
// words though no quotation marks hold it: a transcript's turn of a
// speaker who is not putting a question, or a letter that named its voice.
func (r *actorResolver) ownWords(si int) bool {
	if si >= len(r.d.Sentences) || text.QuestionerTurn(r.d, si) {
		return false
	}
	_, _, turn := text.TurnLabel(r.d, si)
	return turn || r.inNamedVoice(r.d.Sentences[si].Start)
}

// unquotedFirstPerson reports whether an actor is a "we" or "I" outside
// quotation marks.
func unquotedFirstPerson(s *syntax.Sentence, actors []int) bool {
	for _, h := range actors {
		if f := lower(s.Words[h].Form); (f == "we" || f == "i") && !quotedWord(s, h) {
			return true
		}
	}
	return false
}

// inNamedVoice reports whether byte a lies in the text of a letter that
// named its voice before it, outside any quotation.
func (r *actorResolver) inNamedVoice(a int) bool {
	_, ok := r.selfNamed(a)
	return ok && !r.openQuotation(a)
}
