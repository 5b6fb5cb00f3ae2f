package syntax

import "strings"

// ChildrenWith returns the dependents of word i whose relation is one of
// rels, in order; a relation without subtype also matches its subtypes
// ("nsubj" matches "nsubj:pass").
func (s *Sentence) ChildrenWith(i int, rels ...string) []int {
	var out []int
	for k, w := range s.Words {
		if w.Head == i && relIn(w.Rel, rels) {
			out = append(out, k)
		}
	}
	return out
}

// relIn reports whether rel, or rel without its subtype, is in rels.
func relIn(rel string, rels []string) bool {
	base, _, _ := strings.Cut(rel, ":")
	for _, r := range rels {
		if r == rel || r == base {
			return true
		}
	}
	return false
}

// Subtree returns the first and last word index of the subtree of word i
// (i and everything it dominates).
func (s *Sentence) Subtree(i int) (first, last int) {
	first, last = i, i
	for k := range s.Words {
		if k < first || k > last {
			if s.Dominates(i, k) {
				first, last = min(first, k), max(last, k)
			}
		}
	}
	return first, last
}

// Dominates reports whether word a is word k or one of its ancestors.
func (s *Sentence) Dominates(a, k int) bool {
	for steps := 0; k >= 0 && steps <= len(s.Words); steps++ {
		if k == a {
			return true
		}
		k = s.Words[k].Head
	}
	return false
}

// Bytes returns the byte span in the text of words first..last.
func (s *Sentence) Bytes(first, last int) (start, end int) {
	return s.Words[first].Start, s.Words[last].End
}

// HasCase reports whether word i has a case marker (a preposition or
// postposition attached to it) whose form is one of preps, in any letter
// case ("of" for "of the bank", "with" for "With Tidal Sport").
func (s *Sentence) HasCase(i int, preps ...string) bool {
	for _, c := range s.ChildrenWith(i, "case") {
		for _, p := range preps {
			if strings.EqualFold(s.Words[c].Form, p) {
				return true
			}
		}
	}
	return false
}

// ToMarked reports whether word k is marked by "to", as an infinitive is
// ("agreed to share").
func (s *Sentence) ToMarked(k int) bool {
	for _, m := range s.ChildrenWith(k, "mark") {
		if strings.EqualFold(s.Words[m].Form, "to") {
			return true
		}
	}
	return false
}
