package syntax

import "slices"

// repairClauseUnderReport mends a report that closes a sentence (", the
// company said on Monday.") which the parser hung on the root as a
// clause of its own and gave the root's last clause: in "will write off
// £1.2bn of debt if the regulator approves higher bills, the company
// said" the parse hangs "approves" on "said", so that the condition and
// the report run together. When a verb of saying whose subject follows
// a comma hangs on the root as an adverbial clause, a complement or a
// conjunct, has nothing after it but its own words, and governs a clause
// that lies wholly before that comma, the clause hangs on the root and
// the report on the root as parataxis, as the treebank writes it. A
// result that is not a tree is undone.
func repairClauseUnderReport(words []Word) {
	root := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	if root < 0 {
		return
	}
	s := &Sentence{Words: words}
	for v, w := range words {
		if w.Head != root || v < root || !sayingLemmas[w.Lemma] || w.Rel != "advcl" && w.Rel != "ccomp" && w.Rel != "conj" || !ownAfter(words, v) {
			continue
		}
		sub := slices.IndexFunc(words, func(x Word) bool { return x.Head == v && x.Rel == "nsubj" })
		if sub < 0 || sub > v {
			continue
		}
		start := phraseStart(words, sub)
		if !afterComma(words, start) {
			continue
		}
		var moved []int
		for c, x := range words {
			if _, last := s.Subtree(c); x.Head == v && c < start && (x.Rel == "advcl" || x.Rel == "ccomp") && last < start {
				moved = append(moved, c)
			}
		}
		if len(moved) == 0 {
			continue
		}
		saved := slices.Clone(words)
		for _, c := range moved {
			words[c].Head = root
		}
		words[v].Rel = "parataxis"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
