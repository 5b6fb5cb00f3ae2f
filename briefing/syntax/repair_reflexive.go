package syntax

import (
	"slices"
	"strings"
)

// emphaticReflexives stress who does the act when set right after its
// doer ("HBT itself promised").
var emphaticReflexives = map[string]bool{"itself": true, "himself": true, "herself": true, "themselves": true}

// repairEmphaticReflexive mends a subject stressed by a reflexive right
// after it: in "HBT itself promised to cut the volume" the tagger read the
// name as an interjection and the parse made "itself" the subject. When a
// reflexive is a verb's subject and the word before it is a noun or a
// capitalised word, that word is the subject (a proper noun if it was read
// as no noun) and the reflexive hangs on it, as the treebank writes it
// (nmod:unmarked); a verb the parse hung on that word as a relative
// clause ("The ministers themselves agreed") takes its place, with what
// followed the verb. A result that is not a tree is undone.
func repairEmphaticReflexive(words []Word) {
	for k := 1; k < len(words); k++ {
		w, n := words[k], &words[k-1]
		if !emphaticReflexives[strings.ToLower(w.Form)] || w.Rel != "nsubj" && w.Rel != "nsubj:pass" || w.Head < 0 {
			continue
		}
		noun := n.UPOS == "NOUN" || n.UPOS == "PROPN"
		if !noun && !(n.UPOS != "PUNCT" && startsUpper(n.Form)) {
			continue
		}
		saved := slices.Clone(words)
		v := w.Head
		if words[v].Head == k-1 { // "The ministers themselves agreed": the verb read as a relative clause on the noun
			words[v].Head, words[v].Rel = n.Head, n.Rel
			for c := v + 1; c < len(words); c++ {
				if words[c].Head == k-1 {
					words[c].Head = v
				}
			}
		}
		n.Head, n.Rel = v, w.Rel
		if !noun {
			n.UPOS, n.XPOS, n.Lemma = "PROPN", "NNP", n.Form
		}
		words[k].Head, words[k].Rel = k-1, "nmod:unmarked"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
