package syntax

import (
	"slices"
	"strings"
)

// repairTallyAgainst mends "against" or "for" that the tagger read as a
// noun after a vote's tally: in "voted 11-4 against divesting its
// endowment" the word opens the clause after it, as in "voted against
// divesting". The word becomes that clause's mark, and the tally the
// verb's object. A result that is not a tree is undone.
func repairTallyAgainst(words []Word) {
	for k, w := range words {
		f := strings.ToLower(w.Form)
		if f != "against" && f != "for" || w.UPOS != "NOUN" || w.Rel != "obj" || k+1 >= len(words) {
			continue
		}
		v, c := w.Head, k+1
		if words[c].XPOS != "VBG" || words[c].Head != v || words[c].Rel != "advcl" {
			continue
		}
		saved := slices.Clone(words)
		words[k].UPOS, words[k].XPOS, words[k].Head, words[k].Rel = "SCONJ", "IN", c, "mark"
		words[k].Lemma = f
		for n := range words {
			if words[n].Head == k && words[n].Rel == "nummod" {
				words[n].Head, words[n].Rel = v, "obj" // the tally "11-4"
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
