package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// publishedDenial builds the clause of a measure a publisher denies to
// everyone or everything in its own voice, with no one named to take it
// ("From: Ministry of Defence … no civilian post will be cut before
// 2030", "None of the fund will be spent on consultants"): the
// publisher's pledge not to take it, as a sayer's is when it is reported
// ("the company said no jobs would be cut", see deniedPassive). What
// befalls no one ("no homes will be lost") is a forecast; a quotation or
// a transcript's turn is a speaker's, not the page's.
func (r *actorResolver) publishedDenial(s *syntax.Sentence, si, i int) (clause, bool) {
	w := s.Words[i]
	if w.UPOS != "VERB" || !willModals[modalOf(s, i)] || !passiveVerb(s, i) || !measureVerbs[w.Lemma] || befallVerbs[w.Lemma] ||
		aspectAux(s, i) || !deniedSubject(s, i) || attributionVerb(s, i) >= 0 || quotedWord(s, i) || len(agentOf(s, i)) > 0 {
		return clause{}, false
	}
	if _, _, turn := text.TurnLabel(r.d, si); turn || r.openQuotation(s.Start) {
		return clause{}, false
	}
	p, ok := r.publisher()
	if !ok || !r.institution(p) {
		return clause{}, false
	}
	c := clause{s: s, pred: i, verb: i, action: i, cond: -1, status: briefing.StatusPledged, given: []int{p}} // the publisher, given: no word of the clause names it
	if c.cond = conditionOf(s, i); c.cond >= 0 {
		c.status = briefing.StatusConditional
	}
	c.first, c.last = clauseBounds(s, &c)
	f, _ := phrase(s, firstChild(s, i, "nsubj:pass", "nsubj"))
	c.first = min(c.first, f)
	return c, true
}
