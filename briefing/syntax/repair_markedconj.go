package syntax

import (
	"slices"
	"strings"
)

// clauseMarks open a subordinate clause of time or condition.
var clauseMarks = map[string]bool{"until": true, "unless": true, "if": true, "once": true, "before": true, "after": true,
	"provided": true, "when": true, "while": true, "because": true}

// repairMarkedConjunct mends a subordinate clause that the parser made a
// conjunct of the main verb with no conjunction between them ("said
// Belmora would keep its tariff until Ostrava ends subsidies" read as
// "said … and ends"): the clause, opened by its mark, modifies the verb
// whose phrase ends right before the mark. A result that is not a tree is
// undone.
func repairMarkedConjunct(words []Word) {
	for v, w := range words {
		if w.Rel != "conj" || w.UPOS != "VERB" || hasChildWith(words, v, "cc") {
			continue
		}
		m := slices.IndexFunc(words, func(x Word) bool { return x.Head == v && x.Rel == "mark" })
		if m < 1 || m > v || !clauseMarks[strings.ToLower(words[m].Form)] {
			continue
		}
		h := words[m-1].Head
		for steps := 0; h >= 0 && words[h].UPOS != "VERB" && steps < len(words); steps++ {
			h = words[h].Head
		}
		if h < 0 || h == w.Head || h >= m {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = h, "advcl"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
