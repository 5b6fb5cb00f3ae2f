package syntax

import "slices"

// repairConjunctAfterInterjection mends a second verb group that the
// parser joined to a report set between commas: in "The university would
// fund the contributions, she said, and would not seek to recover pay"
// the parse makes "seek" a conjunct of "said", so that "she" becomes the
// one who would not seek. When a verb of saying hangs on an earlier verb
// as an interjected report (parataxis or an adverbial clause, its subject
// right after a comma) and has a conjunct or a complement after it that
// opens with "and" or "but" and an auxiliary and has no subject of its
// own, that verb group joins the earlier verb as a conjunct instead. A
// result that is not a tree is undone.
func repairConjunctAfterInterjection(words []Word) {
	for c, w := range words {
		p := w.Head
		if w.Rel != "conj" && w.Rel != "ccomp" || p < 0 || p >= c || !interjectedReport(words, p) || hasSubject(words, c) || !opensWithAux(words, p, c) {
			continue
		}
		saved := slices.Clone(words)
		words[c].Head, words[c].Rel = words[p].Head, "conj"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// interjectedReport reports whether word p is a verb of saying set into
// an earlier clause as an aside (", she said,"): it hangs on a verb before
// it as parataxis, and its subject comes right after a comma.
func interjectedReport(words []Word, p int) bool {
	w := words[p]
	if w.Rel != "parataxis" && w.Rel != "advcl" || !sayingLemmas[w.Lemma] || w.Head < 0 || w.Head > p || words[w.Head].UPOS != "VERB" {
		return false
	}
	for k, x := range words[:p] {
		if x.Head == p && x.Rel == "nsubj" {
			return k > 0 && words[k-1].Form == ","
		}
	}
	return false
}

// opensWithAux reports whether the verb at word c, after the report at
// word p, has a conjunction and an auxiliary of its own among the words
// between them (", and would not seek"): a verb group of its own, not a
// second thing said.
func opensWithAux(words []Word, p, c int) bool {
	aux, cc := false, false
	for k := p + 1; k < c; k++ {
		aux = aux || words[k].Head == c && words[k].Rel == "aux"
		cc = cc || words[k].Head == c && words[k].UPOS == "CCONJ"
	}
	return aux && cc
}
