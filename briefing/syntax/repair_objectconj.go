package syntax

import (
	"slices"
	"strings"
)

// repairObjectConjunct mends a second predicate the parser coordinated
// with the object of the first: in "Japan pledged $45m and promised to
// send engineers" it reads "promised" as a participle joined to "$45m",
// leaving the promise with no subject. A past participle or past tense
// with no subject or auxiliary of its own, after "and", that takes a
// complement or an object, joined to the object of a verb in the past
// tense, becomes a past tense joined to that verb. A result that is not a
// tree is undone.
func repairObjectConjunct(words []Word) {
	for k, w := range words {
		if w.UPOS != "VERB" || w.XPOS != "VBN" && w.XPOS != "VBD" || w.Rel != "conj" || w.Head < 0 || w.Head > k {
			continue
		}
		n := words[w.Head]
		if n.Rel != "obj" || n.Head < 0 || n.Head > w.Head || words[n.Head].XPOS != "VBD" ||
			n.UPOS != "NOUN" && n.UPOS != "PROPN" && n.UPOS != "SYM" && n.UPOS != "NUM" {
			continue
		}
		if !childOf(words, k, "cc", "and", true) || childOf(words, k, "aux", "", false) || childOf(words, k, "aux:pass", "", false) ||
			childOf(words, k, "nsubj", "", false) || !childOf(words, k, "xcomp", "", false) && !childOf(words, k, "obj", "", false) {
			continue
		}
		saved := slices.Clone(words)
		words[k].Head, words[k].XPOS = n.Head, "VBD"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// childOf reports whether word h has a dependent with relation rel (and
// the form given, unless it is ""), before h when before is set.
func childOf(words []Word, h int, rel, form string, before bool) bool {
	for k, w := range words {
		if w.Head == h && w.Rel == rel && (form == "" || strings.EqualFold(w.Form, form)) && (!before || k < h) {
			return true
		}
	}
	return false
}
