package syntax

// possessedAdjective returns the first word read as an adjective right
// after a possessive ("its", "their", "the union's") and right before an
// auxiliary, a verb ("said its executive had voted") or a coordinating
// conjunction ("Sudan's military and the paramilitary RSF agreed"): with
// no noun after it, the word is the noun the possessive owns; or -1.
func possessedAdjective(words []Word) int {
	for k := 1; k+1 < len(words); k++ {
		if words[k].UPOS == "ADJ" && (words[k-1].XPOS == "PRP$" || words[k-1].XPOS == "POS") &&
			(words[k+1].UPOS == "AUX" || words[k+1].UPOS == "VERB" || words[k+1].UPOS == "CCONJ") {
			return k
		}
	}
	return -1
}

// possessiveOwns reports whether the possessive right before word w hangs
// on it: "its" itself, or the owner before "'s" ("Sudan's military").
func possessiveOwns(words []Word, w int) bool {
	if words[w-1].XPOS != "POS" {
		return words[w-1].Head == w
	}
	return w >= 2 && words[w-2].Head == w
}
