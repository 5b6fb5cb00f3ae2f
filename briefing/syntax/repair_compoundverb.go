package syntax

import "slices"

// repairCompoundVerb mends a sentence whose finite verb the parser hung as
// a compound on the noun after it, with a word of the subject's title as
// the root ("Finance Minister Efua Darko-Boateng told parliament on
// Wednesday that …" → "Finance" the root, "told" a compound of
// "parliament"). A verb in a finite tense is never a compound: when it has
// its subject before it, it is the root, the noun after it its object,
// what hung on the old root hangs on it, and the old root goes back into
// the subject's name. A result that is not a tree is undone.
func repairCompoundVerb(words []Word) {
	r := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	if r < 0 || words[r].UPOS != "NOUN" && words[r].UPOS != "PROPN" {
		return
	}
	for v, w := range words {
		if w.Rel != "compound" || w.UPOS != "VERB" || !finite(w.XPOS) || w.Head <= v {
			continue
		}
		sub := slices.IndexFunc(words, func(x Word) bool { return x.Head == v && x.Rel == "nsubj" })
		if sub < 0 || sub > v || r > sub {
			continue
		}
		saved := slices.Clone(words)
		n := w.Head
		for k := range words {
			if words[k].Head == r && k != v {
				words[k].Head = v
			}
		}
		words[n].Head, words[n].Rel = v, "obj"
		words[v].Head, words[v].Rel = -1, "root"
		words[r].Head, words[r].Rel = sub, "compound"
		if !isTree(words) {
			copy(words, saved)
		}
		return
	}
}
