package syntax

import "slices"

// repairNamedList mends a plural noun followed by the list of names it
// stands for, set off by commas, which the parser read as one more item
// of a list: in "Valdéria's two largest mobile operators, Telvista SA and
// Conexa Móvil, have agreed" it made "Telvista SA" a conjunct of
// "operators". When a plural common noun n is followed by a comma and a
// conjunct name that has no "and" or "or" of its own before it, the list
// of names after it holds an "and" or "or", and a comma closes the list,
// the first name becomes the noun's apposition, the other names staying
// its conjuncts. A result that is not a tree is undone.
func repairNamedList(words []Word) {
	for c := 1; c+1 < len(words); c++ {
		if words[c].Form != "," || words[c-1].XPOS != "NNS" {
			continue
		}
		n := c - 1
		first := nameHeadAfter(words, c+1)
		if first < 0 || words[first].Head != n || words[first].Rel != "conj" || ownCoordinator(words, first) || !closedList(words, first) {
			continue
		}
		saved := slices.Clone(words)
		words[first].Rel = "appos"
		if words[c].Head == n {
			words[c].Head = first
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// nameHeadAfter returns the head of the name that starts at word k: the
// last of its proper nouns that hangs outside them, or -1 when word k is
// no proper noun.
func nameHeadAfter(words []Word, k int) int {
	if k >= len(words) || words[k].UPOS != "PROPN" {
		return -1
	}
	e := k
	for e+1 < len(words) && words[e+1].UPOS == "PROPN" {
		e++
	}
	for x := k; x <= e; x++ {
		if words[x].Head < k || words[x].Head > e {
			return x
		}
	}
	return -1
}

// ownCoordinator reports whether word k has an "and" or "or" of its own
// before it.
func ownCoordinator(words []Word, k int) bool {
	for x := range words {
		if x < k && words[x].Head == k && words[x].Rel == "cc" {
			return true
		}
	}
	return false
}

// closedList reports whether the name at word first has a conjunct name
// joined by "and" or "or", and a comma follows the last of them.
func closedList(words []Word, first int) bool {
	last := -1
	for x := first + 1; x < len(words); x++ {
		if words[x].Head == first && words[x].Rel == "conj" && words[x].UPOS == "PROPN" && ownCoordinator(words, x) {
			last = x
		}
	}
	if last < 0 {
		return false
	}
	for x := last + 1; x < len(words); x++ {
		switch {
		case words[x].Form == ",":
			return true
		case words[x].UPOS != "PROPN":
			return false
		}
	}
	return false
}
