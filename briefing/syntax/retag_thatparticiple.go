package syntax

// participleAfterThat returns a past form right after a "that" the parse
// made its subject, before a noun and a finite verb group later in the
// sentence ("promised that regulated fares on the route would be frozen"),
// or -1: the past form describes the noun, the subject of the clause
// "that" opens.
func participleAfterThat(words []Word) int {
	for w := 1; w+2 < len(words); w++ {
		x, that := words[w], words[w-1]
		if x.XPOS != "VBD" && x.XPOS != "VBN" || that.UPOS != "SCONJ" || that.Lemma != "that" || that.Head != w || that.Rel == "mark" ||
			words[w+1].UPOS != "NOUN" {
			continue
		}
		for k := w + 2; k < len(words); k++ {
			if words[k].XPOS == "MD" || words[k].UPOS == "AUX" && words[k].XPOS != "VB" && words[k].XPOS != "VBN" {
				return w
			}
		}
	}
	return -1
}
