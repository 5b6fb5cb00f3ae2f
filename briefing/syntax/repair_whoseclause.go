package syntax

import (
	"slices"
	"strings"
)

// repairWhoseClause mends a clause whose subject "whose" opens that the
// parser joined to the main verb as a conjunct or a clause of its own
// ("apologised to the family of a teenager whose body was found nine days
// later": "found" made a conjunct of "apologised"): it is a relative
// clause of the noun right before "whose". A result that is not a tree is
// undone.
func repairWhoseClause(words []Word) {
	for v, w := range words {
		if w.UPOS != "VERB" || w.Rel == "acl:relcl" || w.Head < 0 {
			continue
		}
		for s := range words {
			if words[s].Head != v || !relIn(words[s].Rel, []string{"nsubj", "nsubj:pass"}) {
				continue
			}
			k := whoseOf(words, s)
			if k < 1 || words[k-1].UPOS != "NOUN" && words[k-1].UPOS != "PROPN" || k-1 >= v {
				continue
			}
			saved := slices.Clone(words)
			words[v].Head, words[v].Rel = k-1, "acl:relcl"
			if !isTree(words) {
				copy(words, saved)
			}
		}
	}
}

// whoseOf returns the "whose" that owns subject s, or -1.
func whoseOf(words []Word, s int) int {
	for k := range words[:s] {
		if words[k].Head == s && words[k].Rel == "nmod:poss" && strings.EqualFold(words[k].Form, "whose") {
			return k
		}
	}
	return -1
}
