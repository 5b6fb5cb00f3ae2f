package syntax

import "slices"

// repairAmpersandName mends a firm's name of two capitalised words joined
// by an ampersand ("Marks & Spencer", "Pennant & Gray"), which the parser
// reads as two conjuncts: at a sentence's start it makes the first word
// the root (tagged an adjective when it is an unknown word) and hangs the
// verb on it, and after a preposition that opens a clause ("after Procter
// & Gamble agreed to sell") it takes the name for the preposition's
// object and leaves the verb without a subject. The repair joins the two
// words into one name (the second flat on the first, the ampersand its
// mark) and, when a verb group follows the name, makes the name that
// verb's subject: the verb becomes the root where the name was, or the
// clause the preposition opens. A result that is not a tree is undone.
func repairAmpersandName(words []Word) {
	for h := 1; h+1 < len(words); h++ {
		a, b := h-1, h+1
		if words[h].Form != "&" || !capitalisedForm(words[a].Form) || !capitalisedForm(words[b].Form) || words[b].Head != a || words[b].Rel != "conj" {
			continue
		}
		saved := slices.Clone(words)
		if words[a].UPOS != "PROPN" {
			words[a].UPOS, words[a].XPOS, words[a].Lemma = "PROPN", "NNP", words[a].Form
		}
		words[b].Rel = "flat"
		words[h].Head, words[h].Rel = b, "cc"
		if m, auxes := verbGroupAfter(words, b+1); m >= 0 && !hasSubject(words, m) {
			subjectAfterName(words, a, m, auxes)
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// subjectAfterName makes the name headed by word n the subject of the
// verb m whose group (auxiliaries auxes) follows it, where the parser
// made the name the root over the verb or a preposition's object beside
// it.
func subjectAfterName(words []Word, n, m int, auxes []int) {
	switch {
	case words[n].Head < 0 && words[m].Head == n:
		rootVerbOver(words, n, m)
	case words[n].Rel == "obl" && words[m].Head == words[n].Head:
		c := caseChild(words, n)
		if c < 0 || !clauseOpeners[words[c].Lemma] {
			return
		}
		words[m].Rel = "advcl"
		words[n].Head, words[n].Rel = m, "nsubj"
		words[c].Head, words[c].Rel = m, "mark"
	default:
		return
	}
	attachVerbGroup(words, m, auxes)
}

// caseChild returns the case marker of word n, or -1.
func caseChild(words []Word, n int) int {
	for k, w := range words {
		if w.Head == n && w.Rel == "case" {
			return k
		}
	}
	return -1
}

// clauseOpeners are prepositions that also open a clause ("after the
// firm agreed", "before it sold").
var clauseOpeners = map[string]bool{"after": true, "before": true, "until": true, "since": true}
