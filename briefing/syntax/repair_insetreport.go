package syntax

import "slices"

// repairInsetReport mends a report set off by commas inside a sentence
// (", its leader announced yesterday,") that the parser hung on the
// clause reported as a clause of its own kind ("will provide free lunches
// from September, its leader announced yesterday, in a move …", with
// "announced" a clause of "provide" and "yesterday" the time of
// "provide"). A verb of saying whose subject follows a comma, with no
// mark, object or complement of its own and a comma or the end after it
// and its time, is parataxis, as the treebank writes such a report, and
// the words of time between it and the comma are its own. A result that
// is not a tree is undone.
func repairInsetReport(words []Word) {
	for k, w := range words {
		h := w.Head
		if w.Rel != "advcl" || !sayingLemmas[w.Lemma] || h < 0 || h > k || !finite(w.XPOS) ||
			hasChildWith(words, k, "mark", "obj", "ccomp", "xcomp") {
			continue
		}
		sub := slices.IndexFunc(words, func(x Word) bool { return x.Head == k && x.Rel == "nsubj" })
		if sub < 0 || sub > k || !afterComma(words, phraseStart(words, sub)) {
			continue
		}
		e := k + 1
		for e < len(words) && words[e].UPOS != "PUNCT" && (words[e].Head == h || words[e].Head == k) && timeWord(words[e]) {
			e++
		}
		if e < len(words) && words[e].UPOS != "PUNCT" {
			continue
		}
		saved := slices.Clone(words)
		words[k].Rel = "parataxis"
		for x := k + 1; x < e; x++ {
			words[x].Head = k // "yesterday": when it was announced
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// timeWord reports whether w is a bare word of time hung as a phrase of
// time ("yesterday", "today", "Friday").
func timeWord(w Word) bool {
	return (w.Rel == "obl:unmarked" || w.Rel == "obl:tmod" || w.Rel == "advmod") && (w.UPOS == "NOUN" || w.UPOS == "PROPN")
}
