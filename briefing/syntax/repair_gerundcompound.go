package syntax

import (
	"slices"
	"strings"
)

// gerundCompounds are nouns in -ing that name a field before nouns they
// form fixed compounds with ("planning permission", "planning
// committee"): there the word is no verb.
var gerundCompounds = map[string]map[string]bool{
	"planning": {"permission": true, "consent": true, "application": true, "applications": true, "approval": true,
		"rules": true, "system": true, "committee": true, "officer": true, "officers": true, "inspector": true,
		"inspectors": true, "authority": true, "appeal": true, "policy": true, "process": true},
}

// repairGerundCompound mends such a compound that the tagger read as a
// verb and its object ("granted planning permission for 200 homes", "had
// planning permission for flats refused"): the word in -ing becomes a
// noun qualifying the next, which takes its place in the sentence and its
// phrases. A result that is not a tree is undone.
func repairGerundCompound(words []Word) {
	for k, w := range words {
		if w.XPOS != "VBG" || k+1 >= len(words) || !gerundCompounds[strings.ToLower(w.Form)][strings.ToLower(words[k+1].Form)] ||
			words[k+1].Head != k || words[k+1].Rel != "obj" || hasChildWith(words, k, "aux", "aux:pass", "mark", "nsubj") {
			continue
		}
		saved := slices.Clone(words)
		n := k + 1
		words[n].Head, words[n].Rel = w.Head, w.Rel
		if w.Rel == "xcomp" || w.Rel == "advcl" {
			words[n].Rel = "obj"
		}
		for c := range words {
			if words[c].Head == k && c != n {
				words[c].Head = n
			}
		}
		words[k].UPOS, words[k].XPOS, words[k].Lemma, words[k].Head, words[k].Rel = "NOUN", "NN", strings.ToLower(w.Form), n, "compound"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
