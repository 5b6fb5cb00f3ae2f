package syntax

import (
	"slices"
	"strings"
)

// repairFrontedProviso mends a sentence opened by a proviso that the
// parser made the root ("Provided the regulator clears it, the first
// vessels will call on 1 January", "call" hung on "clears"): the first
// verb after the comma that closes the proviso becomes the root, the
// proviso hangs on it as an adverbial clause, as the parser reads
// "Providing that …, the union will …", and every word after the comma
// that hung inside the proviso goes to the new root. A result that is
// not a tree is undone.
func repairFrontedProviso(words []Word) {
	k := 0
	for k < len(words) && words[k].UPOS == "PUNCT" {
		k++ // an opening quotation mark
	}
	if k+3 >= len(words) || words[k].Head >= 0 {
		return
	}
	if f := strings.ToLower(words[k].Form); f != "provided" && f != "providing" {
		return
	}
	c := commaFrom(words, k+2)
	m := -1
	for x := c + 1; c > 0 && x < len(words); x++ {
		if words[x].UPOS == "VERB" && words[x].Head >= k && words[x].Head < c {
			m = x
			break
		}
	}
	if m < 0 {
		return
	}
	saved := slices.Clone(words)
	for x := range words {
		if x != m && (x < k && words[x].Head == k || x > c && words[x].Head >= k && words[x].Head < c) {
			words[x].Head = m
		}
	}
	words[m].Head, words[m].Rel = -1, "root"
	words[k].Head, words[k].Rel = m, "advcl"
	if !isTree(words) {
		copy(words, saved)
	}
}
