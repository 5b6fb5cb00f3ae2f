package syntax

import (
	"slices"
	"strings"
)

// repairHyphenVerb mends a verb written with a hyphen that the tokenizer
// splits as EWT does ("to fast-track the case" → "fast" "-" "track"):
// the parser reads the first part as the verb, the last as its object and
// hangs the real object on the verb above ("refused to fast | track |,
// refused the case"). When an infinitive is followed by a hyphen and a
// noun it governs, and an object after that noun hangs on the same verb
// or on the verb above, the last part becomes the verb in the first
// part's place, the first part its compound, and the stray object its
// own. A result that is not a tree is undone.
func repairHyphenVerb(words []Word) {
	for v := 0; v+3 < len(words); v++ {
		w := words[v]
		t := v + 2
		if w.UPOS != "VERB" || w.XPOS != "VB" || words[v+1].Form != "-" || words[t].Head != v ||
			words[t].UPOS != "NOUN" || words[t].Rel != "obj" || !infinitiveOrModal(words, v) {
			continue
		}
		n := strayObject(words, t, v, w.Head)
		if n < 0 {
			continue
		}
		saved := slices.Clone(words)
		for k := range words {
			if words[k].Head == v && k != t {
				words[k].Head = t // "to", auxiliaries, the hyphen, phrases of the verb
			}
		}
		words[t].Head, words[t].Rel = w.Head, w.Rel
		words[t].UPOS, words[t].XPOS, words[t].Lemma = "VERB", "VB", strings.ToLower(words[t].Form)
		words[v].Head, words[v].Rel, words[v].UPOS, words[v].XPOS = t, "compound", "ADV", "RB"
		words[n].Head, words[n].Rel = t, "obj"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// infinitiveOrModal reports whether verb v is an infinitive: marked by
// "to" or after a modal.
func infinitiveOrModal(words []Word, v int) bool {
	for k, w := range words {
		if w.Head == v && k < v && (w.Rel == "mark" && strings.EqualFold(w.Form, "to") || w.Rel == "aux" && w.XPOS == "MD") {
			return true
		}
	}
	return false
}

// strayObject returns the first noun after t that is an object of verb v
// or of v's head h: what the hyphenated verb acts on; or -1.
func strayObject(words []Word, t, v, h int) int {
	for k := t + 1; k < len(words); k++ {
		if words[k].Rel == "obj" && (words[k].Head == v || h >= 0 && words[k].Head == h) {
			return k
		}
	}
	return -1
}
