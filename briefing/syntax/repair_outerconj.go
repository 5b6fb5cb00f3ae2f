package syntax

import "slices"

// repairOuterConjunct mends a second name joined by "and" to a phrase
// that ends before it, which the parser hung on the main verb as an outer
// subject ("signed by Foreign Minister Alberto van Klaveren and his
// counterpart Gerardo Werthein, the two countries will", with
// "counterpart" an outer subject of "will set up"): when the verb has a
// subject of its own, the name is a conjunct of the name before "and". A
// result that is not a tree is undone.
func repairOuterConjunct(words []Word) {
	for k, w := range words {
		v := w.Head
		if w.Rel != "nsubj:outer" || v <= k || !slices.ContainsFunc(words[k+1:v], func(x Word) bool { return x.Head == v && x.Rel == "nsubj" }) {
			continue
		}
		f, _ := (&Sentence{Words: words}).Subtree(k)
		if f < 2 || words[f].Rel != "cc" || words[f].Head != k {
			continue
		}
		j := f - 1
		for (words[j].Rel == "flat" || words[j].Rel == "compound") && words[j].Head >= 0 && words[j].Head < j {
			j = words[j].Head // "Alberto van Klaveren": the name's first word
		}
		if words[j].UPOS != "PROPN" && words[j].UPOS != "NOUN" {
			continue
		}
		saved := w
		words[k].Head, words[k].Rel = j, "conj"
		if !isTree(words) {
			words[k] = saved
		}
	}
}
