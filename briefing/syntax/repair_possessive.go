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
