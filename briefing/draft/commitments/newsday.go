package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// newsDay returns the day of the news that clause c, an act told in the
// simple past with no date of its own, belongs to (dates.NewsDay).
func newsDay(d *doc.Document, ds []dates.Mark, c clause) (dates.Mark, bool) {
	if !c.past || c.recent || !newsAct(c) {
		return dates.Mark{}, false
	}
	from, to := c.s.Bytes(c.first, c.last)
	return dates.NewsDay(d, ds, c.si, from, to, func(sentStart int, m dates.Mark) bool { return isDeadlineDate(d.Text, sentStart, m) })
}

// earlierWords put an act told in the simple past before the time the
// narrative stands at ("previously offered £1.3bn").
var earlierWords = WordSet("previously earlier formerly once originally initially already before")

// newsAct reports whether clause c tells an act, not a state, in the
// simple past of its own verb ("signed", "rejected", "agreed a fee"), not
// a pluperfect, a passive, an intention ("wanted", "was planning"), an
// act an adverb puts earlier ("previously offered"), nor one reported or
// told in a relative clause, whose time is the speaker's or the noun's.
func newsAct(c clause) bool {
	s, v := c.s, c.verb
	if s.Words[v].XPOS != "VBD" || dates.Pluperfect(s, v) || passiveVerb(s, v) || hasChildLemma(s, v, earlierWords, "advmod") ||
		text.RelIs(s.Words[v].Rel, "acl:relcl", "ccomp") || reportingVerb(s, v) >= 0 {
		return false // "claims that Ebbers refused", "which backed the motion": not told as the news
	}
	if s.Words[c.pred].UPOS == "VERB" {
		k := commitVerbs[lemmaOf(s.Words[c.pred])].kind
		return k == predStrong || k == predObject
	}
	return c.strong
}
