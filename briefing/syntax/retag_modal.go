package syntax

import "strings"

// modalBaseAsOther returns the first word after a modal and one or more
// adverbs ("would no longer fund the route") that the tagger read as
// anything but a verb, before a determiner or a possessive that opens its
// object; or -1. A modal takes a bare verb.
func modalBaseAsOther(words []Word) int {
	for k := 1; k+1 < len(words); k++ {
		w := words[k]
		if w.UPOS == "VERB" || w.UPOS == "AUX" || w.UPOS == "ADV" || w.UPOS == "PRON" || w.UPOS == "PART" || !lowerWord(w.Form) ||
			words[k+1].UPOS != "DET" && words[k+1].XPOS != "PRP$" {
			continue
		}
		j := k - 1
		for j > 0 && (words[j].XPOS == "RB" || words[j].XPOS == "RBR") {
			j--
		}
		if j < k-1 && words[j].XPOS == "MD" {
			return k
		}
	}
	return -1
}

// lowerWord reports whether form is written in lower case.
func lowerWord(form string) bool {
	return form != "" && strings.ToLower(form) == form
}

// hasModal reports whether verb v has a modal auxiliary.
func hasModal(words []Word, v int) bool {
	for _, w := range words {
		if w.Head == v && w.Rel == "aux" && w.XPOS == "MD" {
			return true
		}
	}
	return false
}
