package syntax

import (
	"slices"
	"strings"
)

// repairRelativeConjunct mends a verb joined by "and" to a relative clause
// that the parser joined to the main verb instead ("I want to thank the
// Church, which ran four of the schools and has agreed to contribute":
// "agreed" made a conjunct of "want"). The verb has no subject of its own,
// the "and" follows the relative clause's last word, and the verb's
// third-person singular form ("has agreed", "agrees") cannot agree with the
// main verb's subject ("I", "we", "you", "they" or a plural noun), so it
// goes on the relative clause, whose subject it shares. A result that is
// not a tree is undone.
func repairRelativeConjunct(words []Word) {
	for v, w := range words {
		m := w.Head
		if w.Rel != "conj" || m < 0 || m >= v || w.UPOS != "VERB" || hasChildWith(words, v, "nsubj", "nsubj:pass") || !thirdSingular(words, v) {
			continue
		}
		sub := -1
		for k := range words {
			if words[k].Head == m && relIn(words[k].Rel, []string{"nsubj", "nsubj:pass"}) {
				sub = k
			}
		}
		if sub < 0 || !notThirdSingular(words[sub]) {
			continue
		}
		cc := v - 1
		for cc > m && words[cc].Head == v && strings.HasPrefix(words[cc].Rel, "aux") {
			cc--
		}
		if cc <= m || words[cc].Rel != "cc" || words[cc].Head != v {
			continue
		}
		r := relativeEndingAt(words, m, cc-1)
		if r < 0 {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head = r
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// thirdSingular reports whether verb v, or its first auxiliary, is in the
// third person singular present ("agrees", "has agreed").
func thirdSingular(words []Word, v int) bool {
	for k := range words {
		if words[k].Head == v && words[k].Rel == "aux" {
			return words[k].XPOS == "VBZ"
		}
	}
	return words[v].XPOS == "VBZ"
}

// notThirdSingular reports whether subject w cannot take a verb in the
// third person singular: "I", "we", "you", "they" or a plural noun.
func notThirdSingular(w Word) bool {
	switch strings.ToLower(w.Form) {
	case "i", "we", "you", "they":
		return true
	}
	return w.XPOS == "NNS" || w.XPOS == "NNPS"
}

// relativeEndingAt returns a relative clause verb hung on a word between
// m and end whose clause ends at end, or -1.
func relativeEndingAt(words []Word, m, end int) int {
	for r := m + 1; r <= end; r++ {
		if words[r].Rel != "acl:relcl" || words[r].Head <= m {
			continue
		}
		if _, last := (&Sentence{Words: words}).Subtree(r); last == end {
			return r
		}
	}
	return -1
}
