package syntax

import (
	"slices"
	"strings"
)

// repairDetachedInfinitive mends a "to" infinitive that the parser hung
// on a verb before the one that takes it, across a phrase of that verb:
// in "told The Daily Post that both camps have agreed in principle to
// reschedule" the infinitive is what the camps agreed, not a purpose of
// "told". An infinitive with "to" whose head is earlier than a verb that
// takes an infinitive (agree, plan, promise …), has none of its own, and
// whose phrases fill every word between them, becomes that verb's
// complement; so does one the parser hung on the word of time that closes
// such a phrase (see onTime). A result that is not a tree is undone.
func repairDetachedInfinitive(words []Word) {
	for v, w := range words {
		if w.UPOS != "VERB" || w.XPOS != "VB" || w.Rel != "advcl" && !onTime(words, v) || v < 2 || !strings.EqualFold(words[v-1].Form, "to") || !markedByTo(words, v) {
			continue
		}
		a := heldBefore(words, v-1)
		if w.Rel == "acl" {
			a = words[w.Head].Head // the verb the phrase of time is of
		}
		if a < 0 || a <= w.Head && w.Rel == "advcl" || words[a].UPOS != "VERB" || !infinitiveVerbs[words[a].Lemma] && !controlVerbs[words[a].Lemma] ||
			hasChildWith(words, a, "xcomp", "ccomp", "obj") {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = a, "xcomp"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// onTime reports whether infinitive v hangs as a clause on a word of time
// right before it, a phrase of time of the verb before ("voted on
// Wednesday evening to sell the field": the sale is what was voted).
func onTime(words []Word, v int) bool {
	h := words[v].Head
	return words[v].Rel == "acl" && h >= 0 && h == v-2 && (timeNouns[strings.ToLower(words[h].Lemma)] || dateWords[strings.ToLower(words[h].Form)]) &&
		strings.HasPrefix(words[h].Rel, "obl")
}

// heldBefore returns the verb whose subtree ends right before word end,
// by a phrase of its own after it ("agreed in principle", "agreed with
// the Patani Liberation Front (PLF)"), or -1.
func heldBefore(words []Word, end int) int {
	k := end - 1
	if k < 0 || words[k].UPOS == "PUNCT" && words[k].Form != ")" {
		return -1 // a closing bracket ends a phrase
	}
	for steps := 0; k >= 0 && steps < len(words); steps++ {
		h := words[k].Head
		if h < 0 || h > end {
			return -1
		}
		if words[h].UPOS == "VERB" {
			if _, last := (&Sentence{Words: words}).Subtree(h); last == end-1 {
				return h
			}
			return -1
		}
		k = h
	}
	return -1
}
