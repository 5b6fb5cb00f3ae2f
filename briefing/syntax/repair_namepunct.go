package syntax

import "slices"

// repairNameOnPunct mends a name the parser broke before its last word and
// hung that word on a punctuation mark: in "an agreement with the Crown
// Prosecution Service (CPS)." it makes "Prosecution" the noun of the
// "with" phrase and hangs "Service" on the full stop, so that what is
// drafted from the phrase stops short of the name's end. When a
// capitalised noun or name hangs on punctuation right after a
// capitalised noun or name, it heads the name: it takes the place of the
// word before it, whose dependents before it come along, and that word
// becomes its compound. A result that is not a tree is undone.
func repairNameOnPunct(words []Word) {
	for k := 1; k < len(words); k++ {
		w, p := words[k], words[k-1]
		if w.Head < 0 || words[w.Head].UPOS != "PUNCT" || !nameNoun(w) || !nameNoun(p) || p.Head == k {
			continue
		}
		saved := slices.Clone(words)
		words[k].Head, words[k].Rel = p.Head, p.Rel
		for c := range words {
			if words[c].Head == k-1 && c != k {
				words[c].Head = k
			}
		}
		words[k-1].Head, words[k-1].Rel = k, "compound"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// nameNoun reports whether w is a noun or a name written with a capital.
func nameNoun(w Word) bool {
	return (w.UPOS == "PROPN" || w.UPOS == "NOUN") && startsUpper(w.Form)
}
