package syntax

import (
	"slices"
	"strings"
)

// complementVerbs take a "to" infinitive as their complement beside a
// phrase after "to" ("agreed to a truce", "agreed to cut"); with
// infinitiveVerbs they are the verbs whose infinitive says what is
// agreed, planned, promised or refused.
var complementVerbs = wordSet("agree offer arrange choose opt vote resolve consent")

// infinitiveNouns take a "to" infinitive of their own ("the need to
// modernise", "a plan to cut"): an infinitive after them is theirs.
var infinitiveNouns = wordSet("need plan decision proposal right call bid effort move attempt request demand offer " +
	"promise pledge commitment agreement deal way time chance opportunity power ability desire wish intention " +
	"readiness willingness order permission licence license mandate")

// repairPartnerInfinitive mends an infinitive the parser hung on the
// partner a verb acts with: in "Sardova has agreed with a committee of its
// largest bondholders to restructure its bonds" what was agreed is to
// restructure, not a committee to restructure. An infinitive modifying
// the noun of a "with" phrase of a verb that has no complement of its
// own becomes the verb's complement (a verb that takes one) or its
// purpose; a noun that takes an infinitive of its own keeps it. A result
// that is not a tree is undone.
func repairPartnerInfinitive(words []Word) {
	for v, w := range words {
		if w.Rel != "acl" || w.XPOS != "VB" || w.Head < 0 || !markedByTo(words, v) {
			continue
		}
		n := w.Head
		if infinitiveNouns[strings.ToLower(words[n].Lemma)] {
			continue
		}
		t := n
		for words[t].Rel == "nmod" && words[t].Head >= 0 && words[t].Head < t {
			t = words[t].Head
		}
		h := words[t].Head
		if words[t].Rel != "obl" || h < 0 || words[h].UPOS != "VERB" || !hasCase(words, t, "with") || hasComplement(words, h) {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = h, "advcl"
		if l := strings.ToLower(words[h].Lemma); infinitiveVerbs[l] || complementVerbs[l] {
			words[v].Rel = "xcomp"
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// markedByTo reports whether verb v has the infinitive marker "to".
func markedByTo(words []Word, v int) bool {
	for k, w := range words {
		if w.Head == v && w.Rel == "mark" && strings.EqualFold(w.Form, "to") && k < v {
			return true
		}
	}
	return false
}

// hasCase reports whether noun n is introduced by the preposition prep.
func hasCase(words []Word, n int, prep string) bool {
	for _, w := range words {
		if w.Head == n && w.Rel == "case" && strings.EqualFold(w.Form, prep) {
			return true
		}
	}
	return false
}

// hasComplement reports whether verb h has a clausal complement already.
func hasComplement(words []Word, h int) bool {
	for _, w := range words {
		if w.Head == h && (w.Rel == "xcomp" || w.Rel == "ccomp") {
			return true
		}
	}
	return false
}

// wordSet builds a set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
