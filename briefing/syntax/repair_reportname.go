package syntax

import (
	"slices"
	"strings"
)

// repairReportByName mends a report that closes a sentence with a long
// name for its subject (", Humber and Wolds Integrated Care Board (ICB)
// announced this afternoon."), which the parser read as names joined to
// the sentence's verb and a report without a subject. When a verb of
// saying hangs on the root with no subject of its own, and every word
// between the comma before it and the verb is part of a name (capitalised
// words, "and", "of", "the", an acronym in brackets), the name's last
// word before any bracket heads the name and is the verb's subject, the
// other words of the name hang on it, and the report hangs on the root as
// parataxis. A result that is not a tree is undone.
func repairReportByName(words []Word) {
	root := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	for k, w := range words {
		if root < 0 || w.Head != root || k < root || !sayingLemmas[w.Lemma] || w.UPOS != "VERB" || !strings.HasPrefix(w.XPOS, "VBD") {
			continue
		}
		if slices.ContainsFunc(words, func(x Word) bool { return x.Head == k && strings.HasPrefix(x.Rel, "nsubj") }) {
			continue
		}
		c := k - 1
		for c > root && words[c].Form != "," {
			c--
		}
		h := nameHeadBetween(words, c+1, k)
		if c <= root || h < 0 {
			continue
		}
		saved := slices.Clone(words)
		for x := c + 1; x < k; x++ {
			if words[x].Head < c+1 || words[x].Head >= k {
				words[x].Head, words[x].Rel = h, "flat"
				if words[x].UPOS == "CCONJ" {
					words[x].Rel = "cc"
				}
			}
		}
		words[h].Head, words[h].Rel = k, "nsubj"
		words[c].Head, words[c].Rel = k, "punct"
		words[k].Rel = "parataxis"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// nameHeadBetween returns the last capitalised word before any bracket
// among words[from:to] when all of them make one name, or -1.
func nameHeadBetween(words []Word, from, to int) int {
	h, bracket := -1, false
	if to-from < 2 {
		return -1
	}
	for x := from; x < to; x++ {
		f := words[x].Form
		switch {
		case f == "(":
			bracket = true
		case f == ")":
			bracket = false
		case bracket || f == "and" || f == "of" || f == "the" || f == "&":
		case words[x].UPOS == "PROPN" && startsUpper(f):
			h = x
		default:
			return -1
		}
	}
	return h
}
