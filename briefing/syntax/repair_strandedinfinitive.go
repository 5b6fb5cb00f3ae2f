package syntax

import (
	"slices"
	"strings"
)

// repairStrandedInfinitive mends a "to" infinitive in a list of them that
// the parser hung on a punctuation mark: in "agreed to make the homes
// affordable, to pay £9m and to fund a bus link" or "promised to pay the
// fine and to hand over a plan" it makes "to pay" or "to hand" a clause
// of the final stop. An infinitive with "to", after a comma or "and", whose
// head is punctuation, joins the nearest infinitive with "to" before it
// that a verb governs (or the first of that one's list) as a conjunct, and
// takes the "and" before it. A result that is not a tree is undone.
func repairStrandedInfinitive(words []Word) {
	for v, w := range words {
		if w.UPOS != "VERB" || w.XPOS != "VB" || w.Head < 0 || v < 2 || !strings.EqualFold(words[v-1].Form, "to") || !markedByTo(words, v) ||
			words[w.Head].UPOS != "PUNCT" && !(w.Rel == "advcl" && listed(words, v)) {
			continue
		}
		before := words[v-2]
		if before.Form != "," && !strings.EqualFold(before.Form, "and") && !strings.EqualFold(before.Form, "or") {
			continue
		}
		a := infinitiveBefore(words, v-2)
		if a < 0 {
			continue
		}
		if words[a].Rel == "conj" {
			a = words[a].Head // "to A, to B and to C": each joins the first
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = a, "conj"
		if before.Form != "," {
			words[v-2].Head, words[v-2].Rel = v, "cc"
		} else if before.Head == w.Head {
			words[v-2].Head = v
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// listed reports whether infinitive v, hung as a purpose on the one before
// it, is the middle of a list: an infinitive with "to" follows it as its
// conjunct ("to raise wages, to pay allowances and to reinstate workers").
func listed(words []Word, v int) bool {
	for k, w := range words {
		if k > v && w.Head == v && w.Rel == "conj" && markedByTo(words, k) {
			return true
		}
	}
	return false
}

// infinitiveBefore returns the nearest verb before word end marked by
// "to" that a verb governs as its complement or conjunct, or -1.
func infinitiveBefore(words []Word, end int) int {
	for k := end - 1; k >= 0; k-- {
		w := words[k]
		if w.UPOS == "VERB" && w.XPOS == "VB" && (w.Rel == "xcomp" || w.Rel == "conj") && w.Head >= 0 &&
			words[w.Head].UPOS == "VERB" && markedByTo(words, k) {
			return k
		}
	}
	return -1
}
