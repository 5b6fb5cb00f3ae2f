package syntax

import "slices"

// repairFrontedParticiple mends a sentence that opens with a phrase whose
// noun a participle describes ("At its meeting ending on 18 March, the
// Committee voted to keep the rate"): the parser may take the participle
// for the main verb, the subject after the comma for its phrase and the
// real main verb for an aside. When the root is a participle right after
// the noun of a phrase that opens the sentence, and after the first comma
// a noun with no preposition hangs on it and then a finite verb with no
// subject of its own, the finite verb becomes the root with that noun as
// its subject and the opening phrase as its own; the participle describes
// the noun before it, and what comes after the comma is the main
// clause's. A past participle the parser read as the main verb ("Under
// the agreement reached last year, China will open its market") is mended
// the same way when after the comma a verb with a subject of its own hangs
// on it, and so is one set off by a comma ("Under the accord, signed in
// May by both ministers, the two countries will"). A result that is not a tree is undone.
func repairFrontedParticiple(words []Word) {
	r := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	open := 0
	for open < len(words) && (words[open].XPOS == "LS" || words[open].UPOS == "PUNCT") {
		open++ // "1. At its meeting …": a paragraph's number
	}
	if r < open+2 {
		return
	}
	participle := words[r].XPOS == "VBN" || words[r].XPOS == "VBD"
	h := r - 1
	if participle && words[h].Form == "," && h > open+1 {
		h-- // "Under the accord, signed in Santiago by …, the two countries will"
	}
	if words[r].XPOS != "VBG" && !participle || words[h].Head != r || words[h].Rel != "obl" || words[open].Rel != "case" {
		return
	}
	comma := commaFrom(words, r+1)
	if comma < 0 {
		return
	}
	subj, v := -1, -1
	for k := comma + 1; k < len(words); k++ {
		w := words[k]
		if w.Head != r {
			continue
		}
		switch {
		case participle && w.UPOS == "VERB" && hasSubject(words, k) && (w.Rel == "parataxis" || w.Rel == "conj" || w.Rel == "ccomp"):
			subj, v = -1, k
		case participle: // only a verb with its own subject is the main clause's
		case subj < 0 && (w.UPOS == "NOUN" || w.UPOS == "PROPN") && !hasCaseChild(words, k):
			subj = k
		case subj >= 0 && w.UPOS == "VERB" && (w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP") && !hasSubject(words, k):
			v = k
		}
		if v >= 0 {
			break
		}
	}
	if v < 0 || subj < 0 && !participle {
		return
	}
	saved := slices.Clone(words)
	for k := comma; k < len(words); k++ {
		if words[k].Head == r && k != v {
			words[k].Head = v // the comma, the subject, what follows: the main clause's
		}
	}
	words[v].Head, words[v].Rel = -1, "root"
	if subj >= 0 {
		words[subj].Rel = "nsubj"
	}
	words[h].Head = v
	words[r].Head, words[r].Rel = h, "acl"
	if participle {
		words[r].XPOS = "VBN"
	}
	if !isTree(words) {
		copy(words, saved)
	}
}

// hasCaseChild reports whether word k has a preposition of its own.
func hasCaseChild(words []Word, k int) bool {
	return slices.ContainsFunc(words, func(w Word) bool { return w.Head == k && w.Rel == "case" })
}
