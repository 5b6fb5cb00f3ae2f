package syntax

import (
	"slices"
	"strings"
)

// repairInfinitiveOnPunct mends a second infinitive joined by "and" or
// "or" that the parser hung on a punctuation mark ("signed an agreement to
// remove fees at six border checkpoints and to harmonise inspection
// rules.", with "harmonise" and its "and" on the full stop): it is a
// conjunct of the nearest infinitive before the conjunction that is not
// inside a phrase of its own, and the conjunction is its. A result that
// is not a tree is undone.
func repairInfinitiveOnPunct(words []Word) {
	for v, w := range words {
		if w.Head < 0 || words[w.Head].UPOS != "PUNCT" || w.UPOS != "VERB" || w.XPOS != "VB" || !hasChildForm(words, v, "to", "mark") {
			continue
		}
		c := v - 2
		if c < 1 || words[c].UPOS != "CCONJ" || words[c+1].Form != "to" {
			continue
		}
		first := -1
		for k := c - 1; k >= 0; k-- {
			if words[k].UPOS == "VERB" && words[k].XPOS == "VB" && words[k].Rel != "conj" && hasChildForm(words, k, "to", "mark") {
				first = k
				break
			}
		}
		if first < 0 {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = first, "conj"
		words[c].Head, words[c].Rel = v, "cc"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// hasChildForm reports whether word h has a dependent of relation rel
// whose form is form, in any case.
func hasChildForm(words []Word, h int, form, rel string) bool {
	return slices.ContainsFunc(words, func(w Word) bool { return w.Head == h && w.Rel == rel && strings.EqualFold(w.Form, form) })
}
