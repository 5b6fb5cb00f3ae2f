package syntax

import "slices"

// repairInfinitiveOnPunct mends a second infinitive joined by "and" or
// "or" that the parser hung on a punctuation mark ("signed an agreement to
// remove fees at six border checkpoints and to harmonise inspection
// rules.", with "harmonise" and its "and" on the full stop): it is a
// conjunct of the nearest infinitive before the conjunction that is not
// inside a phrase of its own, and the conjunction is its. A result that
// is not a tree is undone.
func repairInfinitiveOnPunct(words []Word) {
	for v, w := range words {
		if w.Head < 0 || words[w.Head].UPOS != "PUNCT" || w.UPOS != "VERB" || w.XPOS != "VB" || !childOf(words, v, "mark", "to", false) {
			continue
		}
		c := v - 2
		if c < 1 || words[c].UPOS != "CCONJ" || words[c+1].Form != "to" {
			continue
		}
		first := -1
		for k := c - 1; k >= 0; k-- {
			if words[k].UPOS == "VERB" && words[k].XPOS == "VB" && words[k].Rel != "conj" && childOf(words, k, "mark", "to", false) {
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
