package syntax

import (
	"slices"
	"strings"
)

// repairWorthAside mends a "worth" phrase set off by commas after a noun
// that the parser hung on the verb after it: in "agreed to set up the
// European Grid Solidarity Fund (EGSF), worth €60bn to 2032, but Hungary
// vetoed the opening" the sum and its years describe the fund, not the
// veto. The phrase's head joins the noun before the comma (past a
// bracketed short name) as its modifier. A result that is not a tree is
// undone.
func repairWorthAside(words []Word) {
	for k, w := range words {
		if !strings.EqualFold(w.Form, "worth") || k < 2 || words[k-1].Form != "," || w.Head <= k {
			continue
		}
		m := w.Head
		if words[m].Head <= m || words[words[m].Head].UPOS != "VERB" {
			continue
		}
		n := k - 2
		if words[n].UPOS == "PUNCT" && words[n].Head >= 0 && words[n].Head < n {
			n = words[n].Head // ")" of "(EGSF)"
		}
		if words[n].Rel == "appos" && words[n].Head >= 0 && words[n].Head < n {
			n = words[n].Head
		}
		if words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" {
			continue
		}
		saved := slices.Clone(words)
		words[m].Head, words[m].Rel = n, "nmod"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
