package syntax

// repairConjunctTail mends a modifier after a conjoined clause that the
// parser hung on the first clause ("would halt the loading of ships, and
// would install quieter cranes by the end of 2027", with "by the end of
// 2027" on "halt"): a conjunct with its own modal or subject is a clause
// of its own, and what follows it belongs to it, not to what comes before
// it. A result that is not a tree is undone.
func repairConjunctTail(words []Word) {
	for c, w := range words {
		h := w.Head
		if w.Rel != "conj" || w.UPOS != "VERB" || h < 0 || h > c || words[h].UPOS != "VERB" || !hasSubject(words, c) && !hasModal(words, c) {
			continue
		}
		for k := c + 1; k < len(words); k++ {
			if words[k].Head == h && words[k].Rel == "conj" {
				break // the next conjunct's
			}
			if words[k].Head != h || (words[k].Rel != "obl" && words[k].Rel != "advmod") {
				continue
			}
			saved := words[k]
			words[k].Head = c
			if !isTree(words) {
				words[k] = saved
			}
		}
	}
}
