package syntax

import "strings"

// modalBaseAsOther returns the first word after a modal and one or more
// adverbs ("would no longer fund the route") that the tagger read as
// anything but a verb, before a determiner or a possessive that opens its
// object; or -1. A modal takes a bare verb, and an adverb right after it
// with no verb after it is that verb ("would back the government").
func modalBaseAsOther(words []Word) int {
	for k := 1; k+1 < len(words); k++ {
		w := words[k]
		if w.UPOS == "VERB" || w.UPOS == "AUX" || w.UPOS == "ADV" && !verbOnAdverb(words, k) || w.UPOS == "PRON" || w.UPOS == "PART" || !lowerWord(w.Form) ||
			words[k+1].UPOS != "DET" && words[k+1].XPOS != "PRP$" {
			continue
		}
		if w.UPOS == "ADV" {
			return k // "would back the government"
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

// verbOnAdverb reports whether the adverb at k, after a modal and maybe
// other adverbs and before a determiner, is the clause's verb ("it would
// back the government", "would only back the bill"): no verb follows it
// in its clause.
func verbOnAdverb(words []Word, k int) bool {
	j := k - 1
	for j > 0 && (words[j].XPOS == "RB" || words[j].XPOS == "RBR") {
		j-- // "would only back the government"
	}
	if words[j].XPOS != "MD" {
		return false
	}
	for _, w := range words[k+1:] {
		if w.UPOS == "PUNCT" || w.UPOS == "SCONJ" || w.UPOS == "CCONJ" {
			break
		}
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return false
		}
	}
	return true
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
