package syntax

import (
	"slices"
	"strings"
)

// repairPerfectConjunct mends a verb joined by "and" whose auxiliary
// repeats the main verb's that the parser joined to a verb of a clause
// inside the main one ("Westmere Police have apologised to the family of a
// teenager whose body was found … after she was reported missing, and
// have promised a review": "promised" made a conjunct of "reported"). The
// verb has no subject of its own, its auxiliary ("have", "has", "will")
// is not the auxiliary of the verb it hangs on but is that of a verb the
// clause hangs under, which it then joins, sharing its subject. A modal
// after a conjunct hung on an infinitive joins the finite verb the
// infinitive hangs under ("said they wanted the talks to continue and would
// propose a compromise": "propose" made a conjunct of "continue"), or one
// whose auxiliary is finite ("said the firm had committed £90 million to
// upgrade treatment works and would not cut that programme": the firm's
// act, not the speaker's) or a finite copula ("said the council was
// willing to sell …, and would decide by March"). A result
// that is not a tree is undone.
func repairPerfectConjunct(words []Word) {
	for v, w := range words {
		m := w.Head
		if w.Rel != "conj" || m < 0 || m >= v || w.UPOS != "VERB" || hasChildWith(words, v, "nsubj", "nsubj:pass") || !hasChildWith(words, v, "cc") {
			continue
		}
		aux := firstAuxiliary(words, v)
		if aux == "" || firstAuxiliary(words, m) == aux {
			continue
		}
		modalAfterInfinitive := words[v].XPOS == "VB" && hasModal(words, v) && childOf(words, m, "mark", "to", true)
		g := words[m].Head
		for g >= 0 && g < v && firstAuxiliary(words, g) != aux && !(modalAfterInfinitive && (words[g].UPOS == "VERB" && finiteGroup(words, g) || finiteCopula(words, g))) {
			g = words[g].Head
		}
		if g < 0 || g >= v || !hasChildWith(words, g, "nsubj", "nsubj:pass") {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head = g
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// firstAuxiliary returns the lower-cased form of the first auxiliary of
// verb v that is no passive's "be", or "".
func firstAuxiliary(words []Word, v int) string {
	for k := range words {
		if words[k].Head == v && words[k].Rel == "aux" {
			return strings.ToLower(words[k].Form)
		}
	}
	return ""
}

// finiteCopula reports whether word g is a predicate with a finite copula
// and a subject ("the council was willing").
func finiteCopula(words []Word, g int) bool {
	return hasSubject(words, g) && slices.ContainsFunc(words, func(w Word) bool { return w.Head == g && w.Rel == "cop" && finite(w.XPOS) })
}
