package syntax

import "slices"

// repairVerbPossessive mends a possessive the parser hung on a verb ("that
// the party's six ministers would resign": "party" made a dependent of
// "resign"): a possessive belongs to the noun it comes before, the first
// noun after its "'s" and the numbers, adjectives and compounds before
// that noun. A result that is not a tree is undone.
func repairVerbPossessive(words []Word) {
	for k, w := range words {
		if w.Rel != "nmod:poss" || w.Head < 0 || words[w.Head].UPOS != "VERB" && words[w.Head].UPOS != "AUX" {
			continue
		}
		n := k + 1
		for n < len(words) && (words[n].XPOS == "POS" || words[n].UPOS == "NUM" || words[n].UPOS == "ADJ" ||
			(words[n].UPOS == "NOUN" || words[n].UPOS == "PROPN") && words[n].Rel == "compound") {
			n++
		}
		if n >= len(words) || n == k+1 && w.XPOS != "PRP$" || words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" {
			continue
		}
		saved := slices.Clone(words)
		words[k].Head = n
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// repairPossessiveOwner mends a possessive the parser took for the noun
// the phrase is about, hanging the noun after its "'s" or "'" elsewhere
// ("the union and the main employers' federation signed": "employers" made
// the conjunct of "union", "federation" a modifier of "union"). The noun
// after the possessive takes the owner's place in the tree, with its
// article and conjunction, and the owner becomes its possessive. A
// result that is not a tree is undone.
func repairPossessiveOwner(words []Word) {
	for k := 0; k+2 < len(words); k++ {
		x := words[k]
		if words[k+1].XPOS != "POS" || words[k+1].Head != k || x.Rel == "nmod:poss" || x.Head < 0 ||
			x.UPOS != "NOUN" && x.UPOS != "PROPN" {
			continue
		}
		n := k + 2
		for n < len(words) && (words[n].UPOS == "ADJ" || words[n].UPOS == "NUM" || words[n].Rel == "compound") && words[n].Head > n {
			n++
		}
		if n >= len(words) || words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" || words[n].Head == k ||
			words[n].Head != x.Head && !(capitalisedWord(words[n].Form) && capitalisedWord(x.Form)) {
			continue // the noun after it hangs on the owner, or elsewhere than beside it unless both are words of a name ("the Maritime Pilots' Association")
		}
		saved := slices.Clone(words)
		words[n].Head, words[n].Rel = x.Head, x.Rel
		words[k].Head, words[k].Rel = n, "nmod:poss"
		for c := range words {
			if words[c].Head == k && c < k && (words[c].Rel == "cc" || words[c].Rel == "det") {
				words[c].Head = n // "and the" are the possessed noun's
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
