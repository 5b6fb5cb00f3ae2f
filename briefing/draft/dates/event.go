package dates

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// unknownDepth sorts dates whose place in the clause is unknown last.
const unknownDepth = 1 << 10

// EventOrder returns the date mentions ms of one sentence or clause with
// the dates of its main event first: those attached to the main verb, then
// those deeper in subordinate clauses and noun phrases ("Last year, the US
// ended an agreement reached in 1992" is an event of last year), each
// group in text order.
func EventOrder(d *doc.Document, ms []Mark) []Mark {
	if len(ms) < 2 {
		return ms
	}
	out := append([]Mark(nil), ms...)
	sort.SliceStable(out, func(a, b int) bool { return Depth(d, out[a]) < Depth(d, out[b]) })
	return out
}

// Depth is how deep below its sentence's main clause the date
// mention m attaches (see clauseDepth).
func Depth(d *doc.Document, m Mark) int {
	for _, dm := range In(d, briefing.Span{Start: m.Start, End: m.End}) {
		if dm.Span.Start == m.Start && dm.Depth >= 0 {
			return dm.Depth
		}
	}
	return unknownDepth
}

// PastClauseDate reports whether the date mention m belongs to a clause
// in a past tense ("the clashes began on 21 February").
func PastClauseDate(d *doc.Document, m Mark) bool {
	for _, dm := range In(d, briefing.Span{Start: m.Start, End: m.End}) {
		if dm.Span.Start == m.Start {
			return dm.Past
		}
	}
	return false
}

// QualifiesNoun reports whether date mark m of parsed sentence s stands
// before a noun it qualifies, with no preposition of its own ("refused to
// recognise the 2016 ruling", "its May manifesto"): it dates that thing,
// not an event or act of the sentence.
func QualifiesNoun(s *syntax.Sentence, m Mark) bool {
	for k, w := range s.Words {
		if w.Start > m.Start || m.Start >= w.End {
			continue
		}
		if w.Head <= k || s.Words[w.Head].Start < m.End || s.Words[w.Head].UPOS != "NOUN" || len(s.ChildrenWith(k, "case")) > 0 {
			return false
		}
		switch rel, _, _ := strings.Cut(w.Rel, ":"); rel {
		case "compound", "amod", "nummod", "nmod":
			return true
		}
		return false
	}
	return false
}

// WordAt returns the word of s at byte offset at, or -1.
func WordAt(s *syntax.Sentence, at int) int {
	for n, w := range s.Words {
		if w.Start <= at && at < w.End {
			return n
		}
	}
	return -1
}

// SinceNotPerfect reports whether date mark m of parsed sentence s opens
// with "since" and the first verb above it is in the simple past or has a
// modal ("ruled out a deal as profits fell to their lowest since 2024",
// "Ms Kaur, home secretary since July, will set out her plans"): "since"
// asks for a perfect, so the date is not that verb's, whatever the parse
// says.
func SinceNotPerfect(s *syntax.Sentence, m Mark) bool {
	if !strings.HasPrefix(strings.ToLower(m.Text), "since ") {
		return false
	}
	for k, steps := WordAt(s, m.Start), 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if s.Words[k].UPOS != "VERB" {
			continue
		}
		modal := false
		for _, c := range s.ChildrenWith(k, "aux") {
			switch {
			case s.Words[c].Lemma == "have":
				return false
			case s.Words[c].XPOS == "MD":
				modal = true
			}
		}
		return modal || s.Words[k].XPOS == "VBD"
	}
	return false
}

// baselineReach is how many words before "since" a superlative may stand
// for the date to be its baseline ("the highest inflation in Europe since
// 1990").
const baselineReach = 4

// SinceBaseline reports whether word k of s is a "since" that gives the
// baseline of a superlative or a first before it ("their lowest level
// since 2024", "the first time since 2019"): a point of comparison, not an
// event the sentence tells.
func SinceBaseline(s *syntax.Sentence, k int) bool {
	if k < 0 || !strings.EqualFold(s.Words[k].Form, "since") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-baselineReach; j-- {
		w := s.Words[j]
		if w.XPOS == "JJS" || w.XPOS == "RBS" || strings.EqualFold(w.Form, "first") {
			return true
		}
		if w.UPOS == "PUNCT" || w.UPOS == "VERB" {
			return false
		}
	}
	return false
}
