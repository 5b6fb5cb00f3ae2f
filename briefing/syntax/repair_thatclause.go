package syntax

import (
	"slices"
	"strings"
)

// repairThatClause mends a clause of what was agreed or said that the
// parser read as a relative clause on the noun before it, with "that" as
// the determiner of its subject ("We have agreed with the union that
// formal consultation will start on Monday" → "that formal consultation"
// hung on "union"). A relative clause needs a relative word; one whose
// subject opens with the determiner "that" and that hangs on a noun of a
// verb before it is that verb's complement clause, and "that" its
// subordinator. Words before "that" the clause had taken stay with the
// noun. A result that is not a tree is undone.
func repairThatClause(words []Word) {
	for t, w := range words {
		if !strings.EqualFold(w.Form, "that") || w.XPOS != "DT" || w.Rel != "det" || w.Head <= t {
			continue
		}
		n := w.Head
		v := words[n].Head
		if v < 0 || !strings.HasPrefix(words[n].Rel, "nsubj") || words[v].Rel != "acl:relcl" || words[v].UPOS != "VERB" {
			continue
		}
		h := words[v].Head
		u := words[h].Head
		if h < 0 || h >= t || u < 0 || words[u].UPOS != "VERB" || u > h {
			continue
		}
		saved := slices.Clone(words)
		for k := range words {
			if words[k].Head == v && k < t {
				words[k].Head, words[k].Rel = h, "nmod" // a part of the name before "that"
			}
		}
		words[v].Head, words[v].Rel = u, "ccomp"
		words[t].Head, words[t].Rel, words[t].UPOS, words[t].XPOS = v, "mark", "SCONJ", "IN"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
