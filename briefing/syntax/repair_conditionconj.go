package syntax

import (
	"slices"
	"strings"
)

// repairConditionConjunct mends a clause joined by ", and" with a modal of
// its own that the parser made a conjunct of the verb of a condition
// before it ("said the authority was willing to sell if the club could
// show it had the funds, and would decide by March", with "decide" joined
// to "show" and so given the club for subject): it joins the clause the
// condition belongs to. A result that is not a tree is undone.
func repairConditionConjunct(words []Word) {
	for v, w := range words {
		h := w.Head
		if w.Rel != "conj" || w.UPOS != "VERB" || h < 0 || h > v || words[h].Rel != "advcl" || words[h].Head < 0 || hasSubject(words, v) {
			continue
		}
		if !slices.ContainsFunc(words, func(x Word) bool { return x.Head == h && x.Rel == "mark" && conditionMarks[strings.ToLower(x.Form)] }) {
			continue
		}
		cc := slices.IndexFunc(words, func(x Word) bool { return x.Head == v && x.Rel == "cc" })
		if cc < 1 || words[cc-1].Form != "," || !slices.ContainsFunc(words, func(x Word) bool { return x.Head == v && x.Rel == "aux" && x.XPOS == "MD" }) {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head = words[h].Head
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
