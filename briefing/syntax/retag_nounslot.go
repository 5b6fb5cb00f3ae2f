package syntax

import (
	"slices"
	"strings"
)

// verbInNounSlot returns the first word in lower case that the tagger read
// as a verb in the present and the parse hangs as a nominal ("Kenyan
// trucks" with "trucks" an object), or -1: a verb takes no such place.
func verbInNounSlot(words []Word) int {
	for k, w := range words {
		if w.XPOS == "VBZ" && w.UPOS == "VERB" && lowerWord(w.Form) && nominalRel(w.Rel) {
			return k
		}
	}
	return -1
}

// nominalRel reports whether rel hangs a nominal: an object, a subject, an
// oblique or a noun's modifier.
func nominalRel(rel string) bool {
	switch rel {
	case "obj", "iobj", "nsubj", "obl", "nmod":
		return true
	}
	return false
}

// worksAsPlant returns "works" read as a verb whose subject is the bare
// noun right before it, in a clause completing a verb's base form that has
// no object ("to upgrade treatment works in Herefordshire", with
// "treatment works" a clause), or -1: the noun names a plant, as "steel
// works" and "water works" do.
func worksAsPlant(words []Word) int {
	for k, w := range words {
		if k == 0 || strings.ToLower(w.Form) != "works" || w.UPOS != "VERB" || w.Head < 0 || w.Rel != "ccomp" {
			continue
		}
		n, h := words[k-1], words[w.Head]
		if n.XPOS != "NN" || n.Head != k || n.Rel != "nsubj" || h.XPOS != "VB" || slices.ContainsFunc(words, func(x Word) bool { return x.Head == k-1 || x.Head == w.Head && x.Rel == "obj" }) {
			continue
		}
		return k
	}
	return -1
}
