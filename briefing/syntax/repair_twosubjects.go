package syntax

import "slices"

// repairTwoSubjects mends a verb the parser gave two subjects because it
// took the verb of the first clause for a participle on the first
// subject: in "The government, business groups and two of the unions
// agreed on Sunday to raise the wage, but the largest federation refused
// to sign" the parse hangs "agreed" on "unions" as a modifier and makes
// "government" and "federation" both subjects of "refused". When a verb v
// has two subjects s1 < s2 before it, and between them a verb a in the
// past with no auxiliary and no relative word of its own that modifies a
// word of s1's phrase, and a conjunction ("but", "and") after a comma
// right before s2's phrase hangs on v, then a heads the first clause with
// s1 as its subject and v joins it as a conjunct. A result that is not a
// tree is undone.
func repairTwoSubjects(words []Word) {
	for v := range words {
		subs := subjectsOf(words, v)
		if len(subs) != 2 || subs[1] > v {
			continue
		}
		s1, s2 := subs[0], subs[1]
		a := pastModifier(words, s1, s2)
		if a < 0 || !conjunctionBefore(words, v, a, s2) {
			continue
		}
		saved := slices.Clone(words)
		words[a].Head, words[a].Rel = words[v].Head, words[v].Rel
		if words[a].XPOS == "VBN" {
			words[a].XPOS = "VBD"
		}
		words[s1].Head = a
		words[v].Head, words[v].Rel = a, "conj"
		for k := range words {
			if words[k].Head == v && k < a && k != s1 {
				words[k].Head = a // what opened the sentence belongs to the first clause
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// subjectsOf returns the words that are subjects of verb v, in order.
func subjectsOf(words []Word, v int) []int {
	var out []int
	for k, w := range words {
		if w.Head == v && (w.Rel == "nsubj" || w.Rel == "nsubj:pass") {
			out = append(out, k)
		}
	}
	return out
}

// pastModifier returns the verb in the past between words s1 and s2 that
// the parse hangs as a participle ("acl") on a word of s1's phrase, with
// no auxiliary and no relative word of its own, or -1.
func pastModifier(words []Word, s1, s2 int) int {
	s := &Sentence{Words: words}
	for a := s1 + 1; a < s2; a++ {
		w := words[a]
		if w.UPOS != "VERB" || w.Rel != "acl" || w.XPOS != "VBN" && w.XPOS != "VBD" || !s.Dominates(s1, a) {
			continue
		}
		clean := true
		for k, c := range words {
			if c.Head == a && (c.Rel == "aux" || c.Rel == "aux:pass" || isRelative(words[k])) {
				clean = false
			}
		}
		if clean && words[a-1].Form != "," {
			return a
		}
	}
	return -1
}

// conjunctionBefore reports whether a comma and a conjunction that hang on
// verb v stand after verb a and before subject s2's phrase.
func conjunctionBefore(words []Word, v, a, s2 int) bool {
	for k := a + 1; k < s2; k++ {
		if words[k].UPOS == "CCONJ" && words[k].Head == v && words[k-1].Form == "," {
			return true
		}
	}
	return false
}
