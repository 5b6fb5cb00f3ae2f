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
