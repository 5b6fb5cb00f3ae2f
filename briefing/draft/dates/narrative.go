package dates

import (
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// A story tells its news in the simple past after a lead that dates it
// ("The leaders agreed on Thursday to share data. … Thailand signed the
// communiqué but rejected a moratorium."): an act told so with no date
// of its own belongs to the time the narrative stands at, the last day
// a past event of the text before it names. That time is the news only
// when it is a day of the week before publication; a narrative that has
// moved back to an earlier past ("They signed a treaty in 1995. …") is
// not the news, nor does a plan's day ahead set it. An aside on a noun
// ("the $15bn promised in 2022"), a deadline or a date that qualifies a
// noun does not move the narrative, and a pluperfect ("had agreed in
// 2024") tells a flashback that only the sentence right after it may
// continue.

// NewsWeek is how many days before publication the day of the news may
// lie.
const NewsWeek = 7

// NewsDay returns the day of the news that the narrative stands at in
// sentence si before the words from byte offset skipFrom to skipTo (the
// act's own, whose dates were weighed already): the last date before
// them that moves the narrative, when it is a day of the week before
// publication. deadline tells which dates of a sentence starting at a
// byte offset are deadlines.
func NewsDay(d *doc.Document, ds []Mark, si, skipFrom, skipTo int, deadline func(sentStart int, m Mark) bool) (Mark, bool) {
	if d.Published.IsZero() {
		return Mark{}, false
	}
	pub := ISODay(d.Published)
	weekAgo := ISODay(d.Published.AddDate(0, 0, -NewsWeek))
	body := text.BodySentences(d)
	for b := len(body) - 1; b >= 0; b-- {
		at := body[b]
		if at > si || at >= len(d.Parsed) {
			continue
		}
		s := &d.Parsed[at]
		in := Within(ds, s.Start, s.End)
		for k := len(in) - 1; k >= 0; k-- {
			m := in[k]
			if at == si && m.Start >= skipFrom && m.End <= skipTo || !movesNarrative(d, s, m) || deadline(s.Start, m) {
				continue
			}
			if len(m.Value) == len(pub) && m.Value >= weekAgo && m.Value <= pub {
				return m, true
			}
			if at < si-1 && Pluperfect(s, ClauseVerb(s, WordAt(s, m.Start))) {
				continue // "Castellar had agreed in 2024 …": a flashback, told before the sentence just before
			}
			return Mark{}, false
		}
	}
	return Mark{}, false
}

// movesNarrative reports whether date m of sentence s dates an event
// already past that the narrative may stand at: not a date ahead of
// publication, a date qualifying a noun, nor one in an aside on a noun.
func movesNarrative(d *doc.Document, s *syntax.Sentence, m Mark) bool {
	pub := ISODay(d.Published)
	k := WordAt(s, m.Start)
	return len(m.Value) >= 4 && m.Value <= pub[:min(len(m.Value), len(pub))] && k >= 0 &&
		!QualifiesNoun(s, m) && !InNounAside(s, k) && !participleOnNoun(s, ClauseVerb(s, k))
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

// ClauseVerb returns the first verb at or above word k, or -1.
func ClauseVerb(s *syntax.Sentence, k int) int {
	for steps := 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if s.Words[k].UPOS == "VERB" {
			return k
		}
	}
	return -1
}

// Pluperfect reports whether verb v is in the pluperfect ("had agreed").
func Pluperfect(s *syntax.Sentence, v int) bool {
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
