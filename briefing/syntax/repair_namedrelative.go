package syntax

import "slices"

// repairNamedRelative mends a sentence whose main verb the parser read as
// a relative clause on a common noun followed by a name ("The Port of
// Gdansk Authority and the dockworkers' union Solidarnosc Portowa agreed
// on Friday to end a go-slow" → "agreed" a relative clause on "union"
// with "Solidarnosc Portowa" its subject, and no verb at the root). A
// relative clause with no relative word has a pronoun or a noun with its
// determiner for subject, not a bare name right after the noun; when the
// sentence has no verb at its root, the name is the noun's apposition,
// the verb is the main one, the root's phrase is its subject and the noun
// a conjunct of that phrase with the conjunction before it. A result that is not a tree is undone.
func repairNamedRelative(words []Word) {
	r := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	if r < 0 || words[r].UPOS == "VERB" || words[r].UPOS == "AUX" {
		return
	}
	for v, w := range words {
		if w.Rel != "acl:relcl" || !finite(w.XPOS) || w.UPOS != "VERB" {
			continue
		}
		name := slices.IndexFunc(words, func(x Word) bool { return x.Head == v && x.Rel == "nsubj" && x.UPOS == "PROPN" })
		if name < 0 {
			continue
		}
		n := phraseStart(words, name) - 1
		if n < r || words[n].UPOS != "NOUN" || w.Head != n && w.Head != r || n > r && !conjunctionBetween(words, r, n) {
			continue
		}
		saved := slices.Clone(words)
		words[name].Head, words[name].Rel = n, "appos"
		for k := range words {
			if words[k].Head == r && (k > v || words[k].UPOS == "PUNCT") {
				words[k].Head = v
			}
		}
		if n != r {
			words[n].Head, words[n].Rel = r, "conj"
			for c := n - 1; c > r; c-- {
				if words[c].UPOS == "CCONJ" {
					words[c].Head, words[c].Rel = n, "cc"
					break
				}
			}
		}
		words[v].Head, words[v].Rel = -1, "root"
		words[r].Head, words[r].Rel = v, "nsubj"
		if !isTree(words) {
			copy(words, saved)
		}
		return
	}
}

// conjunctionBetween reports whether "and" or "or" stands between words r and n,
// so that the noun at n joins the phrase at r.
func conjunctionBetween(words []Word, r, n int) bool {
	return slices.ContainsFunc(words[r+1:n], func(w Word) bool { return w.UPOS == "CCONJ" })
}
