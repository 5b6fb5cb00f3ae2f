package syntax

import (
	"slices"
	"strings"
)

// gapSubjects are the pronouns that open a relative clause without
// "that" or "which" ("the commitments it made to us").
var gapSubjects = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}

// repairZeroRelative mends a relative clause without "that" or "which"
// whose verb the parser made the head of the sentence: in "Indonesia is
// breaking the commitments it made to us, and we will use every tool" it
// hung "is breaking" on "made" and made "will use" a conjunct of "made".
// When a noun that is a verb's object is followed by a personal pronoun
// and a finite verb with no object, and that verb heads the clause of the
// object's verb, the later verb modifies the noun (acl:relcl), the
// object's verb takes its place, and what hung on the later verb before
// the noun or from the first comma after it goes to the object's verb. A
// result that is not a tree is undone.
func repairZeroRelative(words []Word) {
	for m := 2; m < len(words); m++ {
		p, n := m-1, m-2
		w := words[m]
		if w.UPOS != "VERB" || !finite(w.XPOS) || words[p].Rel != "nsubj" || words[p].Head != m || !gapSubjects[strings.ToLower(words[p].Form)] {
			continue
		}
		v := words[n].Head
		if words[n].UPOS != "NOUN" || words[n].Rel != "obj" || v < 0 || v >= n || words[v].UPOS != "VERB" || words[v].Head != m ||
			hasChildWith(words, m, "obj", "ccomp", "xcomp") {
			continue
		}
		end := len(words)
		for k := m + 1; k < len(words); k++ {
			if words[k].Form == "," || words[k].Form == ";" {
				end = k
				break
			}
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = w.Head, w.Rel
		words[m].Head, words[m].Rel = n, "acl:relcl"
		for k := range words {
			if words[k].Head == m && k != p && (k < n || k >= end) {
				words[k].Head = v
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
