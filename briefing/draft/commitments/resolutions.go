package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// resolution reports whether verb i is the "RESOLVED" (or "Resolved")
// that opens a decision in a body's minutes ("RESOLVED that the payments
// be approved", "It was RESOLVED that the council grant a new lease"):
// written with a capital, opening the sentence or after "it was", with a
// clause for what was decided. The decision is the body's, the one that
// issues the minutes.
func resolution(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if lower(w.Lemma) != "resolve" || !strings.HasPrefix(w.Form, "R") || len(s.ChildrenWith(i, "ccomp")) == 0 {
		return false
	}
	for k := 0; k < i; k++ {
		if f := lower(s.Words[k].Form); f != "it" && f != "was" && f != "is" && s.Words[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}
