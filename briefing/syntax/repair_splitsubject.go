package syntax

import "slices"

// repairSplitSubject mends a subject the parser split in two at "and":
// in "More than 38,000 homes in Hexley and surrounding villages have been
// told to boil their water" the parse makes "homes" and "villages" two
// subjects of "told" and hangs "and" on the adjective before "villages".
// When a verb has two subjects s1 < s2 before it, with no finite verb
// between them, and the words right before s2's phrase are a conjunction after a
// noun of s1's phrase or s1 itself ("The army and the RSF agreed"), s2 is
// a conjunct of that noun. Two subjects side
// by side, no name among them, are one phrase ("its chief executive
// would step down", with "executive" read as an adjective): the first a compound of the second,
// which takes its determiners. So is a word with no dependents, or a
// phrase of proper nouns before a name, that opens the sentence right
// before the phrase of the second ("Chief executive Dr Liesel Amsler
// said", "Interior Minister Rodrigo Santacruz said"). A result that is not a tree is undone.
func repairSplitSubject(words []Word) {
	s := &Sentence{Words: words}
	for v := range words {
		subs := subjectsOf(words, v)
		if len(subs) != 2 || subs[1] > v {
			continue
		}
		s1, s2 := subs[0], subs[1]
		if s2 == s1+1 && words[s1].UPOS != "PROPN" && words[s2].UPOS != "PROPN" {
			joinAdjacentSubjects(words, s1, s2)
			continue
		}
		first, _ := s.Subtree(s2)
		if f1, l1 := s.Subtree(s1); first == l1+1 && opensSentence(words, f1) && (f1 == l1 || allNames(words, f1, l1) && words[s2].UPOS == "PROPN") {
			joinAdjacentSubjects(words, s1, s2) // "Chief executive Dr Liesel Amsler said", "Interior Minister Rodrigo Santacruz said": the office read as a subject of its own
			continue
		}
		if words[first].UPOS == "CCONJ" {
			first++ // the conjunction hung inside s2's phrase
		}
		c, n := first-1, first-2
		if n < s1 || words[c].UPOS != "CCONJ" || words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" || !s.Dominates(s1, n) ||
			finiteBetween(words, s1, first) {
			continue
		}
		saved := slices.Clone(words)
		words[s2].Head, words[s2].Rel = n, "conj"
		words[c].Head, words[c].Rel = s2, "cc"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// allNames reports whether words first to last are all proper nouns.
func allNames(words []Word, first, last int) bool {
	for _, w := range words[first : last+1] {
		if w.UPOS != "PROPN" {
			return false
		}
	}
	return true
}

// opensSentence reports whether only punctuation comes before word k.
func opensSentence(words []Word, k int) bool {
	for _, w := range words[:k] {
		if w.UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// joinAdjacentSubjects makes subject s1 a compound of subject s2 right
// after it, the words before s1 that hang on it hung on s2.
func joinAdjacentSubjects(words []Word, s1, s2 int) {
	saved := slices.Clone(words)
	for k := range words[:s1] {
		if words[k].Head == s1 {
			words[k].Head = s2
		}
	}
	words[s1].Head, words[s1].Rel = s2, "compound"
	if !isTree(words) {
		copy(words, saved)
	}
}

// finiteBetween reports whether a finite verb or a modal stands between
// words a and b.
func finiteBetween(words []Word, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if finite(words[k].XPOS) || words[k].XPOS == "MD" {
			return true
		}
	}
	return false
}
