package syntax

import (
	"slices"
	"strings"
)

// repairPossessedVerb mends a noun closing a run of modifiers after a
// possessive that the tagger read as a present verb and the parser joined
// to the verb before it with no "and" ("will close its Coventry assembly
// plant next year", with "plant" a verb and "Coventry" the object): the
// word is the noun the possessive owns and the object the run stood for,
// the words of the run are its modifiers, and the phrases hung on it go
// back to the verb. A result that is not a tree is undone.
func repairPossessedVerb(words []Word) {
	k, p := possessedNounAsVerb(words)
	if k < 0 {
		return
	}
	v := words[k].Head
	saved := slices.Clone(words)
	rel := "obj"
	for j := p + 1; j < k; j++ {
		if words[j].Head == v && words[j].Rel != "obj" {
			rel = words[j].Rel
		}
	}
	for x := range words {
		if words[x].Head == k && (x > k || x < p) {
			words[x].Head = v // "next year", "with the loss of 1,100 jobs": the verb's
		}
	}
	for j := p; j < k; j++ {
		words[j].Head = k
		switch {
		case j == p && words[j].XPOS == "PRP$":
			words[j].Rel = "nmod:poss"
		case j == p: // the "'s" of an owner before it
			words[j-1].Head, words[j-1].Rel, words[j].Head = k, "nmod:poss", j-1
		case words[j].UPOS == "ADJ":
			words[j].Rel = "amod"
		default:
			words[j].Rel = "compound"
			if words[j].UPOS == "ADV" {
				words[j].UPOS, words[j].XPOS = "NOUN", "NN"
			}
		}
	}
	words[k].UPOS, words[k].XPOS, words[k].Lemma = "NOUN", "NN", strings.ToLower(words[k].Form)
	words[k].Head, words[k].Rel = v, rel
	if !isTree(words) {
		copy(words, saved)
	}
}

// possessedNounAsVerb returns the first verb in the present or the base
// form that closes a run of modifiers after a possessive, with no
// subject, conjunction, object or auxiliary of its own and joined to an
// earlier verb as a conjunct, and the possessive ("its", or the "'s" of
// an owner); or -1, -1.
func possessedNounAsVerb(words []Word) (int, int) {
	for k, w := range words {
		if w.UPOS != "VERB" || (w.XPOS != "VBP" && w.XPOS != "VB") || w.Rel != "conj" || w.Head < 0 || w.Head >= k ||
			hasChildWith(words, k, "nsubj", "cc", "obj", "aux", "mark") {
			continue
		}
		j := k - 1
		for j > w.Head && j > k-4 && nounModifier(words[j]) {
			j--
		}
		if j < k-1 && j > w.Head && (words[j].XPOS == "PRP$" || words[j].XPOS == "POS" && j-1 > w.Head) {
			return k, j
		}
	}
	return -1, -1
}

// nounModifier reports whether a word may stand between a possessive and
// its noun: a name, a common noun, an adjective, or an adverb the tagger
// made of a noun ("assembly").
func nounModifier(w Word) bool {
	switch w.UPOS {
	case "PROPN", "NOUN", "ADJ", "ADV":
		return true
	}
	return false
}
