package syntax

import (
	"slices"
	"strings"
)

// repairReportedConjunct mends a verb with "would" and no subject that the
// parser joined by "and" to a verb of saying in the past rather than to
// the clause said ("Vasquez-Hoyt said the company accepted the conditions
// and would place orders", "told us the group had signed the agreement
// and would clear mines"): "would" tells what the one spoken of would do,
// so the verb goes on the clause said, whose subject it shares. A result
// that is not a tree is undone.
func repairReportedConjunct(words []Word) {
	for c, w := range words {
		v := w.Head
		if w.Rel != "conj" || v < 0 || !sayingLemmas[strings.ToLower(words[v].Lemma)] || words[v].XPOS != "VBD" ||
			hasSubject(words, c) || !slices.ContainsFunc(words, func(x Word) bool { return x.Head == c && x.Rel == "aux" && strings.EqualFold(x.Form, "would") }) {
			continue
		}
		k := slices.IndexFunc(words, func(x Word) bool { return x.Head == v && x.Rel == "ccomp" })
		if k < 0 || k > c || !hasSubject(words, k) {
			continue
		}
		saved := slices.Clone(words)
		words[c].Head = k
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
