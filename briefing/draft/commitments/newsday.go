package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// A story tells its news in the simple past after a lead that dates it
// ("The leaders agreed on Thursday to share data. … Thailand signed the
// communiqué but rejected a moratorium."): an act told so with no date
// of its own belongs to the time the narrative stands at, the last day
// a simple past of the text before it names. That time is the news only
// when it is a day of the week before publication; a narrative that has
// moved back to an earlier past ("They signed a treaty in 1995. …") dates
// nothing, nor does a plan's day ahead. An aside on a noun ("the $15bn
// promised in 2022"), a deadline or a date that qualifies a noun does not
// move the narrative, and a pluperfect ("had agreed in 2024") tells a
// flashback that only the sentence right after it may continue.

// newsWeek is how many days before publication the day of the news may
// lie.
const newsWeek = 7

// newsDay returns the day of the news that clause c, an act told in the
// simple past with no date of its own, belongs to.
func newsDay(d *doc.Document, ds []dates.Mark, c clause) (dates.Mark, bool) {
	if d.Published.IsZero() || !c.past || c.recent || !newsAct(c) {
		return dates.Mark{}, false
	}
	pub := dates.ISODay(d.Published)
	weekAgo := dates.ISODay(d.Published.AddDate(0, 0, -newsWeek))
	spanStart, spanEnd := c.s.Bytes(c.first, c.last)
	body := text.BodySentences(d)
	for b := len(body) - 1; b >= 0; b-- {
		si := body[b]
		if si > c.si || si >= len(d.Parsed) {
			continue
		}
		s := &d.Parsed[si]
		in := dates.Within(ds, s.Start, s.End)
		for k := len(in) - 1; k >= 0; k-- {
			m := in[k]
			if si == c.si && m.Start >= spanStart && m.End <= spanEnd || !movesNarrative(d, s, m) {
				continue
			}
			if len(m.Value) == len(pub) && m.Value >= weekAgo && m.Value <= pub {
				return m, true
			}
			if si < c.si-1 && pluperfect(s, clauseVerb(s, dates.WordAt(s, m.Start))) {
				continue // "Castellar had agreed in 2024 …": a flashback, told before the sentence just before
			}
			return dates.Mark{}, false
		}
	}
	return dates.Mark{}, false
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
	if s.Words[v].XPOS != "VBD" || pluperfect(s, v) || passiveVerb(s, v) || hasChildLemma(s, v, earlierWords, "advmod") ||
		text.RelIs(s.Words[v].Rel, "acl:relcl", "ccomp") || reportingVerb(s, v) >= 0 {
		return false // "claims that Ebbers refused", "which backed the motion": not told as the news
	}
	if s.Words[c.pred].UPOS == "VERB" {
		k := commitVerbs[lemmaOf(s.Words[c.pred])].kind
		return k == predStrong || k == predObject
	}
	return c.strong
}

// movesNarrative reports whether date m of sentence s dates an event
// already past that the narrative may stand at: not a date ahead of
// publication, a deadline, a date qualifying a noun, nor one in an aside
// on a noun.
func movesNarrative(d *doc.Document, s *syntax.Sentence, m dates.Mark) bool {
	pub := dates.ISODay(d.Published)
	k := dates.WordAt(s, m.Start)
	return len(m.Value) >= 4 && m.Value <= pub[:min(len(m.Value), len(pub))] && k >= 0 &&
		!isDeadlineDate(d.Text, s.Start, m) && !dates.QualifiesNoun(s, m) && !dates.InNounAside(s, k) && !participleOnNoun(s, clauseVerb(s, k))
}

// participleOnNoun reports whether verb v is a past participle that
// describes a noun, with no subject or auxiliary of its own ("the $15bn
// promised to it in 2022"): one the parse hung on a noun, or one that
// follows a noun or a figure right away, however the parse hung it.
func participleOnNoun(s *syntax.Sentence, v int) bool {
	if v < 1 || s.Words[v].XPOS != "VBN" || len(s.ChildrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass")) > 0 {
		return false
	}
	switch s.Words[v-1].UPOS {
	case "NOUN", "PROPN", "NUM":
		return true
	}
	return s.Words[v].Rel == "acl"
}

// clauseVerb returns the first verb at or above word k, or -1.
func clauseVerb(s *syntax.Sentence, k int) int {
	for steps := 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if s.Words[k].UPOS == "VERB" {
			return k
		}
	}
	return -1
}

// pluperfect reports whether verb v is in the pluperfect ("had agreed").
func pluperfect(s *syntax.Sentence, v int) bool {
	if v < 0 {
		return false
	}
	for _, k := range s.ChildrenWith(v, "aux") {
		if w := s.Words[k]; w.Lemma == "have" && w.XPOS == "VBD" {
			return true
		}
	}
	return false
}
