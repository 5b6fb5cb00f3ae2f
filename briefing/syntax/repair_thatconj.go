package syntax

import (
	"slices"
	"strings"
)

// repairThatConjunct mends a second clause said, opened by "and that",
// that the parser hung inside the first clause said ("said his country
// would not accept "conditions that no other partner faces" and that
// Brasília intended to raise the matter", with "intended" a clause on
// "conditions"): the clause is a conjunct of the first clause said, the
// complement of the same verb above both, and the words before "and" that
// the parser hung on it go back to the phrase it hung on. A result that is not a tree is
// undone.
func repairThatConjunct(words []Word) {
	for v, w := range words {
		if w.UPOS != "VERB" || w.Rel == "conj" || w.Head < 0 || w.Head > v {
			continue
		}
		m := slices.IndexFunc(words[:v], func(x Word) bool { return x.Head == v && x.Rel == "cc" }) + 1
		if m < 1 || m >= v || !strings.EqualFold(words[m].Form, "that") || words[m].Head != v || words[m].Rel != "mark" {
			continue
		}
		first := -1
		for h := w.Head; h >= 0; h = words[h].Head {
			if words[h].Rel == "ccomp" && h < m {
				first = h
				break
			}
		}
		if first < 0 || first == w.Head && w.Rel == "ccomp" {
			continue
		}
		saved := slices.Clone(words)
		for x := range m - 1 {
			if words[x].Head == v {
				words[x].Head, words[x].Rel = w.Head, "dep" // what the parser took for the clause's, before "and": the phrase it hung on
			}
		}
		words[v].Head, words[v].Rel = first, "conj"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
