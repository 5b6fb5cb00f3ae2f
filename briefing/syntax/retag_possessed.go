package syntax

// possessedAdjective returns the first word read as an adjective right
// after a possessive ("its", "their", "the union's") and right before an
// auxiliary or a verb ("said its executive had voted"): with no noun
// after it, the word is the noun the possessive owns; or -1.
func possessedAdjective(words []Word) int {
	for k := 1; k+1 < len(words); k++ {
		if words[k].UPOS == "ADJ" && (words[k-1].XPOS == "PRP$" || words[k-1].XPOS == "POS") &&
			(words[k+1].UPOS == "AUX" || words[k+1].UPOS == "VERB") {
			return k
		}
	}
	return -1
}
