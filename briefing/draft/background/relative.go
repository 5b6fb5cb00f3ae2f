package background

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// A relative clause in the past on a noun of a sentence in the present
// tells an earlier event of that thing ("The old airport, which opened in
// 1942, now handles 33 million passengers a year"): the sentence is
// background of that date. A span ("which governed until 2024", "who has
// been co-leader since 2023") tells a state, not an event, and a clause on
// the subject of a future act or a report ("Ms Ward, who led the party in
// 2016, will chair the debate") belongs to the news.

// spanWords open a date that bounds a state rather than dating an event.
var spanWords = map[string]bool{"since": true, "until": true, "till": true, "from": true, "through": true, "by": true}

// pastRelative reports whether date mark m of sentence si dates a past
// event told in a relative clause of a sentence whose main clause is in
// the present and reports nothing.
func pastRelative(d *doc.Document, si int, m dates.Mark) bool {
	if si >= len(d.Parsed) || spanWords[strings.ToLower(text.FirstWord(m.Text))] || !dates.PastClauseDate(d, m) {
		return false
	}
	s := &d.Parsed[si]
	return relativeAbove(s, dates.WordAt(s, m.Start)) && presentMain(s)
}

// pastAfterClause reports whether date mark m of sentence si dates a past
// event told in a clause opened by "after" of a sentence whose main clause
// is in the present and reports nothing ("The vote is the third election
// in three years, after the government resigned in November 2023"): the
// earlier event the news follows. The parse often takes "after the
// government" for a noun with its clause hung on it.
func pastAfterClause(d *doc.Document, si int, m dates.Mark) bool {
	if si >= len(d.Parsed) || !presentMain(&d.Parsed[si]) {
		return false
	}
	s := &d.Parsed[si]
	for k, steps := dates.WordAt(s, m.Start), 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if w := s.Words[k]; w.UPOS == "VERB" {
			after := map[string]bool{"after": true}
			switch {
			case w.XPOS != "VBD":
				return false
			case w.Rel == "advcl":
				return hasChildForm(s, k, after, "mark")
			case w.Rel == "acl":
				return hasChildForm(s, w.Head, after, "case")
			}
			return false
		}
	}
	return false
}

// hasChildForm reports whether word k has a child of one of the relations
// rels whose lower-case form is in forms.
func hasChildForm(s *syntax.Sentence, k int, forms map[string]bool, rels ...string) bool {
	for _, c := range s.ChildrenWith(k, rels...) {
		if forms[strings.ToLower(s.Words[c].Form)] {
			return true
		}
	}
	return false
}

// relativeAbove reports whether the first clause above word k is a
// relative clause with a verb of its own in the simple past ("which
// opened in 1942").
func relativeAbove(s *syntax.Sentence, k int) bool {
	for steps := 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if w := s.Words[k]; w.UPOS == "VERB" || w.UPOS == "AUX" {
			return w.Rel == "acl:relcl" && (w.XPOS == "VBD" || w.XPOS == "VBN" && pastAux(s, k))
		}
	}
	return false
}

// pastAux reports whether verb k carries a past auxiliary ("was
// opened").
func pastAux(s *syntax.Sentence, k int) bool {
	for _, c := range s.ChildrenWith(k, "aux") {
		if s.Words[c].XPOS == "VBD" && s.Words[c].Lemma == "be" {
			return true
		}
	}
	return false
}

// presentMain reports whether the main clause of s is in the present,
// with no modal, and is no report ("now handles", "remains in custody").
func presentMain(s *syntax.Sentence) bool {
	r := mainPredicate(s)
	if r < 0 || text.ReportVerbs[strings.ToLower(s.Words[r].Lemma)] || dates.HasReportingParataxis(s, r) {
		return false
	}
	present := false
	for _, c := range append([]int{r}, s.ChildrenWith(r, "aux", "cop")...) {
		switch s.Words[c].XPOS {
		case "MD", "VBD":
			return false
		case "VBZ", "VBP":
			present = true
		case "VB":
			present = present || c == r && r != s.Root() // "…, now trade": the tagger's base form of a verb with a subject
		}
	}
	return present
}

// mainPredicate returns the predicate of the main clause of s: its root,
// or, when the parse made the subject noun the root and hung the main
// verb inside a relative clause on it ("The two countries, which
// restored ties in 2017, now trade …"), the first verb after the comma
// that closes that clause.
func mainPredicate(s *syntax.Sentence) int {
	r := s.Root()
	if r < 0 || s.Words[r].UPOS != "NOUN" && s.Words[r].UPOS != "PROPN" || len(s.ChildrenWith(r, "cop")) > 0 {
		return r
	}
	for _, rc := range s.ChildrenWith(r, "acl:relcl") {
		if rc < r || r+1 >= len(s.Words) || s.Words[r+1].Form != "," {
			continue
		}
		closed := false
		for k := rc + 1; k < len(s.Words); k++ {
			switch w := s.Words[k]; {
			case w.Form == ",":
				closed = true
			case closed && w.UPOS == "VERB":
				return k
			case closed && w.UPOS != "ADV":
				return r
			}
		}
	}
	return r
}
