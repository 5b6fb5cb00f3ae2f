package syntax

import "slices"

// repairClosingReport mends a report that closes a sentence (", a trade
// ministry official said.") which the parser hung as the complement of a
// clause of time or condition before it ("will drop its complaint once
// the checks are eased, a trade ministry official said": "said" made the
// complement of "eased"). When a verb of saying with its subject right
// after a comma ends the sentence, has no complement of its own and hangs
// as a complement on a verb that is not the root, it hangs on the root as
// parataxis, as the treebank writes such a report. A result that is not
// a tree is undone.
func repairClosingReport(words []Word) {
	root := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	for k, w := range words {
		if w.Rel != "ccomp" || !sayingLemmas[w.Lemma] || w.Head < 0 || w.Head > k || w.Head == root || root < 0 || root > k || !onlyPunctAfter(words, k) {
			continue
		}
		if slices.ContainsFunc(words, func(x Word) bool { return x.Head == k && (x.Rel == "ccomp" || x.Rel == "obj") }) {
			continue // "…, she said the talks would go on": a report of its own
		}
		sub := slices.IndexFunc(words, func(x Word) bool { return x.Head == k && x.Rel == "nsubj" })
		if sub < 0 || sub > k {
			continue
		}
		if !afterComma(words, phraseStart(words, sub)) {
			continue
		}
		saved := slices.Clone(words)
		words[k].Head, words[k].Rel = root, "parataxis"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// afterComma reports whether the phrase that starts at word ps opens
// with a comma, or follows one: the parse may hang the comma on the
// phrase.
func afterComma(words []Word, ps int) bool {
	return words[ps].Form == "," || ps > 0 && words[ps-1].Form == ","
}

// onlyPunctAfter reports whether every word after word k is punctuation.
func onlyPunctAfter(words []Word, k int) bool {
	for _, w := range words[k+1:] {
		if w.UPOS != "PUNCT" {
			return false
		}
	}
	return true
}
