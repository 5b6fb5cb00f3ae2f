package syntax

import "slices"

// repairPhraseOnPunct mends a phrase opened by a preposition that the
// parser hung on a punctuation mark ("asked governments to publish their
// pledges \"in full, with numbers, before the end of March\"." with "end"
// on the full stop): punctuation heads nothing, and such a phrase tells
// where, when or how of the last verb before it, as an oblique; a gerund
// with its marker ("have committed to protecting connections.") is that
// verb's adverbial clause. A result that is not a tree is undone.
func repairPhraseOnPunct(words []Word) {
	for n, w := range words {
		if w.Head < 0 || words[w.Head].UPOS != "PUNCT" {
			continue
		}
		rel := "obl"
		switch {
		case (w.UPOS == "NOUN" || w.UPOS == "PROPN") && hasChildWith(words, n, "case"):
		case w.UPOS == "VERB" && w.XPOS == "VBG" && hasChildWith(words, n, "mark"):
			rel = "advcl" // "have committed to protecting connections."
		default:
			continue
		}
		v := lastVerbBefore(words, n)
		if v < 0 {
			continue
		}
		saved := slices.Clone(words)
		words[n].Head, words[n].Rel = v, rel
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// lastVerbBefore returns the last verb before word n, or -1.
func lastVerbBefore(words []Word, n int) int {
	for k := n - 1; k >= 0; k-- {
		if words[k].UPOS == "VERB" {
			return k
		}
	}
	return -1
}
