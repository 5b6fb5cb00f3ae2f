package syntax

import (
	"slices"
	"strings"
)

// repairStrayMark mends a subordinating conjunction that the parser hung
// on the verb before it instead of marking the clause after it, as a
// quotation mark before it leads it to do (`would not comply with the
// order "unless and until a court has ruled on its legality"`, with
// "unless" an adverb and "until" a conjunct of "comply"): it marks the
// clause it opens, whose head is the verb its next words hang from, and a
// second one joined to it by "and" or "or" is its conjunct. The clause
// must have no mark of its own but that second one. A result that is not a tree is undone.
func repairStrayMark(words []Word) {
	for k, w := range words {
		if w.UPOS != "SCONJ" || w.Rel == "mark" || w.Rel == "conj" || !clauseMarks[strings.ToLower(w.Form)] {
			continue
		}
		j := k + 1
		for j < len(words) && (words[j].UPOS == "CCONJ" || words[j].UPOS == "SCONJ") {
			j++
		}
		if j >= len(words) {
			continue
		}
		v := j
		for steps := 0; words[v].Head > k && steps < len(words); steps++ {
			v = words[v].Head
		}
		if v == j && words[v].UPOS != "VERB" || words[v].UPOS != "VERB" || words[v].Head < 0 || words[v].Head > k ||
			slices.ContainsFunc(words[:k], func(x Word) bool { return x.Head == v && x.Rel == "mark" }) ||
			slices.ContainsFunc(words[j:], func(x Word) bool { return x.Head == v && x.Rel == "mark" }) {
			continue
		}
		saved := slices.Clone(words)
		words[k].Head, words[k].Rel = v, "mark"
		for c := k + 1; c < j; c++ {
			if words[c].UPOS == "SCONJ" {
				words[c].Head, words[c].Rel = k, "conj"
			} else {
				words[c].Head, words[c].Rel = c+1, "cc"
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
