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

// operativeDecision reports whether verb i opens an operative paragraph
// of a resolution with the body's decision, its subject the body that
// opens the text ("The Security Council, … 1. Decides to extend the
// mandate …", "Decides that the Mission shall monitor …"): "Decides",
// capitalised, with nothing but a paragraph's number before it and what
// is decided after it.
func operativeDecision(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if lower(w.Lemma) != "decide" || w.Form != "Decides" || firstChild(s, i, "nsubj") >= 0 ||
		firstChild(s, i, "xcomp") < 0 && firstChild(s, i, "ccomp") < 0 {
		return false
	}
	if k := firstChild(s, i, "xcomp"); k >= 0 && s.Words[k].Lemma == "remain" {
		return false // "Decides to remain actively seized of the matter": the formula that closes it
	}
	for k := 0; k < i; k++ {
		if u := s.Words[k].UPOS; u != "PUNCT" && u != "NUM" && u != "X" {
			return false
		}
	}
	return true
}
