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

// repairLooseZeroRelative mends a relative clause without "that" or
// "which" that the parser hung loose on the main verb: in "her government
// would not accept a smaller share than the 16.5% it claimed last year" it
// made "claimed" a parataxis of "said". When a noun is followed by a
// personal pronoun and a finite verb with no object, whose subject that
// pronoun is, and the verb hangs as a parataxis or a loose dependent on a
// verb above the noun, the verb modifies the noun. A result that is not a
// tree is undone.
func repairLooseZeroRelative(words []Word) {
	s := &Sentence{Words: words}
	for m := 2; m < len(words); m++ {
		p, n := m-1, m-2
		w := words[m]
		if w.UPOS != "VERB" || !finite(w.XPOS) || words[p].Rel != "nsubj" || words[p].Head != m || !gapSubjects[strings.ToLower(words[p].Form)] ||
			w.Rel != "parataxis" && w.Rel != "dep" || w.Head < 0 || !s.Dominates(w.Head, n) || hasChildWith(words, m, "obj", "ccomp", "xcomp") {
			continue
		}
		if words[n].UPOS != "NOUN" && !(words[n].UPOS == "SYM" && words[n].XPOS == "NN") || words[n].Rel != "obj" && words[n].Rel != "obl" && words[n].Rel != "nmod" {
			continue
		}
		saved := slices.Clone(words)
		words[m].Head, words[m].Rel = n, "acl:relcl"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
