package syntax

// repairPerfectAfterAdverbs mends a perfect split by adverbs that the
// tagger read as "have" and a verb in the simple past ("has so far
// refused to discuss autonomy", with "has" the root and "refused" its
// object): the verb is a participle that heads the clause, "have" its
// auxiliary, and what hung on "have" hangs on it. A result that is not a
// tree is undone.
func repairPerfectAfterAdverbs(words []Word) {
	for k := 2; k < len(words); k++ {
		if words[k].XPOS != "VBD" || words[k].UPOS != "VERB" || words[k-1].XPOS != "RB" {
			continue
		}
		j := k - 1
		for j > 0 && words[j].XPOS == "RB" {
			j--
		}
		if words[j].UPOS != "AUX" || words[j].Lemma != "have" || words[k].Head != j {
			continue
		}
		saved := append([]Word(nil), words...)
		for c := range words {
			if words[c].Head == j && c != k {
				words[c].Head = k
			}
		}
		words[k].Head, words[k].Rel, words[k].XPOS = words[j].Head, words[j].Rel, "VBN"
		words[j].Head, words[j].Rel = k, "aux"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
