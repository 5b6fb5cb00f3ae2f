package syntax

import "slices"

// repairPhraseOnPunct mends a phrase opened by a preposition that the
// parser hung on a punctuation mark ("asked governments to publish their
// pledges \"in full, with numbers, before the end of March\"." with "end"
// on the full stop): punctuation heads nothing, and such a phrase tells
// where, when or how of the last verb before it, as an oblique. A result
// that is not a tree is undone.
func repairPhraseOnPunct(words []Word) {
	for n, w := range words {
		if w.Head < 0 || words[w.Head].UPOS != "PUNCT" || w.UPOS != "NOUN" && w.UPOS != "PROPN" || !hasChildWith(words, n, "case") {
			continue
		}
		v := -1
		for k := n - 1; k >= 0; k-- {
			if words[k].UPOS == "VERB" {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		saved := slices.Clone(words)
		words[n].Head, words[n].Rel = v, "obl"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
