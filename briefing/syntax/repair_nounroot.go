package syntax

import (
	"slices"
	"strings"
)

// repairNounRoot mends a sentence whose main verb the parser read as a
// relative clause on its subject, leaving the subject as the root ("- The
// pensions of store colleagues will not be cut." → "pensions" the root,
// "cut" a relative clause on it). A relative clause needs a relative word
// or its own subject; a modal clause with neither that hangs on a noun
// root is the sentence's main clause, and the noun its subject. So is a
// finite verb without a subject that the parser joined to a noun root as
// a conjunct with no "and" of its own ("Chile's largest union and the
// main employers' federation in the sector signed a national wage
// accord" → "union" the root, "signed" its conjunct) when no verb comes
// before it, and a finite verb group the parser set beside a noun root
// with no mark between them ("Landlords at six of the sites had rejected
// a proposal" → "rejected" a parataxis of "Landlords"). A result that is
// not a tree is undone.
func repairNounRoot(words []Word) {
	r := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	if r < 0 || words[r].UPOS != "NOUN" && words[r].UPOS != "PROPN" {
		return
	}
	v := -1
	for k, w := range words {
		if w.Head == r && k > r && w.UPOS == "VERB" && (w.Rel == "acl:relcl" || w.Rel == "conj" && finite(w.XPOS) && !hasChildWith(words, k, "cc", "mark") ||
			w.Rel == "parataxis" && finiteGroup(words, k) && !punctBetween(words, r, k)) {
			v = k
			break
		}
	}
	if v < 0 || hasSubject(words, v) || words[v].Rel != "acl:relcl" && (hasSubject(words, r) || hasChildWith(words, r, "cop") || verbBefore(words, v)) {
		return // "He was the person, …, reintroduced me": a predicate noun; "has cleared …, provided that": the verb is before
	}
	main, passive := words[v].Rel != "acl:relcl", false // a conjunct or a clause set beside needs no modal
	for k, w := range words {
		if w.Head == v && w.Rel == "aux" && w.XPOS == "MD" {
			main = true
		}
		if w.Head == v && w.Rel == "aux:pass" {
			passive = true
		}
		if k > r && k < v && relativeWord(w) {
			return // "the pensions that will not be cut": a relative clause indeed
		}
	}
	if !main {
		return
	}
	saved := slices.Clone(words)
	for k := range words {
		if words[k].Head == r && (k > v || words[k].UPOS == "PUNCT") {
			words[k].Head = v // the full stop, a list item's mark and what follows the verb are the clause's
		}
	}
	words[v].Head, words[v].Rel = -1, "root"
	words[r].Head, words[r].Rel = v, "nsubj"
	if passive {
		words[r].Rel = "nsubj:pass"
	}
	if !isTree(words) {
		copy(words, saved)
	}
}

// verbBefore reports whether a verb, or an auxiliary other than word v's
// own, stands before word v.
func verbBefore(words []Word, v int) bool {
	return slices.ContainsFunc(words[:v], func(w Word) bool {
		return w.UPOS == "VERB" || w.UPOS == "AUX" && !(w.Head == v && strings.HasPrefix(w.Rel, "aux"))
	})
}

// relativeWord reports whether w opens a relative clause.
func relativeWord(w Word) bool {
	switch strings.ToLower(w.Form) {
	case "that", "which", "who", "whom", "whose", "where", "when":
		return true
	}
	return false
}

// finiteGroup reports whether verb v is finite or has a finite
// auxiliary ("rejected", "had rejected").
func finiteGroup(words []Word, v int) bool {
	if finite(words[v].XPOS) {
		return true
	}
	for _, w := range words {
		if w.Head == v && (w.Rel == "aux" || w.Rel == "aux:pass") && finite(w.XPOS) {
			return true
		}
	}
	return false
}

// punctBetween reports whether a punctuation mark stands between words a
// and b.
func punctBetween(words []Word, a, b int) bool {
	return slices.ContainsFunc(words[a+1:b], func(w Word) bool { return w.UPOS == "PUNCT" })
}
