package syntax

import "slices"

// repairStrandedObject mends an object that the parser hung on a verb
// across the verb's own complement, a verb with no object that the object
// follows at once ("had committed to presenting "a substantially improved
// offer"" read as "committed … offer"): the object is the complement's,
// and so are the phrases that follow it on the same verb. A result that
// is not a tree is undone.
func repairStrandedObject(words []Word) {
	for o, w := range words {
		g := w.Head
		if w.Rel != "obj" || g < 0 || g > o {
			continue
		}
		f := phraseStart(words, o)
		v := f - 1
		if v > 0 && words[v].UPOS == "PUNCT" {
			v-- // an opening quotation mark
		}
		if v <= g || words[v].Head != g || words[v].UPOS != "VERB" || (words[v].XPOS != "VBG" && words[v].XPOS != "VB") ||
			words[v].Rel != "advcl" && words[v].Rel != "xcomp" || hasChildWith(words, v, "obj", "ccomp", "xcomp") {
			continue
		}
		saved := slices.Clone(words)
		words[o].Head = v
		_, last := (&Sentence{Words: words}).Subtree(o)
		for k := last + 1; k < len(words); k++ {
			if words[k].Head == g && words[k].Rel == "obl" {
				words[k].Head = v // "… offer" at the start of the March round": the phrases after the object go with it
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
