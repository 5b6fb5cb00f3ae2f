package syntax

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
