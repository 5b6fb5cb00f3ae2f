package syntax

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// repairDatelineSubject mends a sentence opened by a dateline ("UNITED
// NATIONS, 3 December (UN News) — The Security Council on Wednesday
// extended the mandate …") whose words the parser took into the clause,
// making the agency the verb's subject and the real subject an apposition
// of it. When the sentence opens with a word in capitals, a dash follows
// within its first fifteen words after a number or a bracket closing an
// agency's name, and the first finite verb after the dash has its subject
// before the dash or none, the noun phrase right after the dash is the
// verb's subject, the verb is the root and the dateline hangs on it. A
// result that is not a tree is undone.
func repairDatelineSubject(words []Word) {
	if len(words) < 4 || !capitalsWord(words[0].Form) {
		return
	}
	d := slices.IndexFunc(words, func(w Word) bool {
		return w.UPOS == "PUNCT" && w.XPOS != "HYPH" && (w.Form == "—" || w.Form == "–" || w.Form == "-" || w.Form == "--") // not the hyphen of "Secretary-General"
	})
	if d < 2 || d > 15 || d+2 >= len(words) || !slices.ContainsFunc(words[:d], func(w Word) bool { return w.UPOS == "NUM" || w.Form == ")" }) {
		return // a dateline gives a date or its agency: not "BBC – the broadcaster – said"
	}
	v := -1
	for k := d + 1; k < len(words); k++ {
		if words[k].UPOS == "VERB" && finiteGroup(words, k) {
			v = k
			break
		}
	}
	if v < 0 || slices.ContainsFunc(words[d+1:v], func(w Word) bool { return w.Head == v && (w.Rel == "nsubj" || w.Rel == "nsubj:pass") }) {
		return
	}
	n := -1
	for k := d + 1; k < v; k++ {
		if h := words[k].Head; (h <= d || h >= v) && (words[k].UPOS == "NOUN" || words[k].UPOS == "PROPN") {
			n = k
			break
		}
	}
	if n < 0 {
		return
	}
	saved := slices.Clone(words)
	r := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	for k := range words[:d] {
		if words[k].Head == v && (words[k].Rel == "nsubj" || words[k].Rel == "nsubj:pass") {
			words[k].Rel = "dep"
		}
	}
	rel := "nsubj"
	if slices.ContainsFunc(words, func(w Word) bool { return w.Head == v && w.Rel == "aux:pass" }) {
		rel = "nsubj:pass"
	}
	words[n].Head, words[n].Rel = v, rel
	if r != v {
		words[v].Head, words[v].Rel = -1, "root"
		words[r].Head, words[r].Rel = v, "dep"
		for k := range words {
			if words[k].Head == r && k > d && words[k].UPOS == "PUNCT" {
				words[k].Head = v
			}
		}
	}
	if !isTree(words) {
		copy(words, saved)
	}
}

// capitalsWord reports whether w is a word of two or more letters, all
// capitals ("UNITED", "NAIROBI").
func capitalsWord(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}
