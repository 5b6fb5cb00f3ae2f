package dates

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// hypotheticalMarks open a condition whose simple past speaks of what
// may still come ("would reopen the unit if it won the election in
// March").
var hypotheticalMarks = map[string]bool{"if": true, "unless": true}

// timeMarks open a clause of condition or time whose present speaks of
// what is to come under a future main clause ("will vote once the talks
// end in March").
var timeMarks = map[string]bool{"if": true, "unless": true, "once": true, "when": true, "until": true,
	"after": true, "before": true}

// conditionAhead reports whether clause p, of tense t, is a condition or
// a clause of time that hangs on a clause still to come: its simple
// present ("will sign once the talks end in March"), or the simple past
// of an "if" ("would reopen the unit if it won the election in March"),
// lies ahead like the clause it serves. A perfect ("if it had won") keeps
// its past.
func conditionAhead(s *syntax.Sentence, p int, t tense) bool {
	h := s.Words[p].Head
	if h < 0 || relBase(s.Words[p].Rel) != "advcl" || PerfectTag(s, p) != "" || t != TensePast && t != tensePresent {
		return false
	}
	marks := timeMarks
	if t == TensePast {
		marks = hypotheticalMarks
	}
	opened := false
	for _, c := range s.ChildrenWith(p, "mark", "advmod") {
		if c < p && marks[strings.ToLower(s.Words[c].Form)] {
			opened = true
		}
	}
	return opened && PredicateTense(s, h, 1) == tenseFuture
}
