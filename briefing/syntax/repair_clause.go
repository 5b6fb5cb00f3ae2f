package syntax

import (
	"slices"
	"strings"
)

// clausePrepositions open a clause of time or reason as well as a phrase:
// "after the talks" and "after the union accepted the offer".
var clausePrepositions = map[string]bool{"after": true, "before": true, "until": true, "since": true, "once": true}

// repairClauseAfterPreposition mends a clause opened by a preposition that
// the parser read as a phrase and a verb joined to the main one: in "will
// return to work after their union accepted the offer" it hung "after
// their union" on "work" and made "accepted" a conjunct of "return" with
// no conjunction between them, or read the verb as a complement of the
// main verb ("will have to lock away their phones, after the Board of
// Education voted 4-1") or left it loose ("would resign with immediate
// effect after the cabinet failed to agree"), or made the verb a clause
// with no subject of its own that holds the phrase and the main verb's
// date ("will merge on 1 October after the union secured a guarantee"),
// its past tense perhaps read as a participle that takes an object or a
// complement ("after the health ministry promised to hire 1,200 nurses"),
// its subject perhaps a number of a group ("after two of its largest
// customers said"), or read the clause as a participle modifying the
// noun that takes an object ("after the city council improved its pay
// offer"). The noun or number heading the phrase is the subject of the verb right
// after it, the preposition marks that clause, and the clause modifies the
// word the phrase hung on, or the verb that word is a phrase of. A result
// that is not a tree is undone.
func repairClauseAfterPreposition(words []Word) {
	for v, w := range words {
		n := v - 1
		for n > 0 && words[n].Head == v && strings.HasPrefix(words[n].Rel, "aux") {
			n-- // "before the assessment is published": the verb's auxiliaries stand between
		}
		auxiliaries := n < v-1
		for n > 0 && clauseCase(words, n) < 0 && (words[n].Rel == "nmod" || words[n].Rel == "flat") && words[n].Head >= 0 && words[n].Head < n {
			n = words[n].Head // "after the Maple Ridge City Schools Board of Education voted": the phrase's head
		}
		subjectless := w.Rel == "advcl" && !hasChildWith(words, v, "nsubj") && !hasChildWith(words, v, "nsubj:pass") && !hasChildWith(words, v, "mark")
		activeParticiple := subjectless && w.XPOS == "VBN" && !auxiliaries && hasChildWith(words, v, "obj", "xcomp", "ccomp")              // "after the ministry promised to hire", the past read as a participle
		relative := w.Rel == "acl" && w.Head == n && (w.XPOS == "VBN" || w.XPOS == "VBD") && !auxiliaries && hasChildWith(words, v, "obj") // "after the city council improved its pay offer" read as a council that was improved
		if w.Rel != "conj" && w.Rel != "xcomp" && w.Rel != "dep" && w.Rel != "parataxis" && !subjectless && !relative || w.UPOS != "VERB" ||
			!finite(w.XPOS) && !auxiliaries && !activeParticiple && !relative || n < 1 || w.Head < 0 || w.Head >= n && !relative {
			continue
		}
		activeParticiple = activeParticiple || relative
		nw := words[n]
		if nw.Rel != "obl" && nw.Rel != "nmod" || nw.Head < 0 || nw.Head >= n ||
			nw.UPOS != "NOUN" && nw.UPOS != "PROPN" && nw.UPOS != "PRON" && nw.UPOS != "NUM" || hasCC(words, w.Head, v) {
			continue
		}
		c := clauseCase(words, n)
		if c < 0 {
			continue
		}
		at := nw.Head
		for words[at].UPOS == "NOUN" && words[at].Rel == "obl" && words[at].Head >= 0 {
			at = words[at].Head // "would resign with immediate effect after the cabinet failed": the verb the phrase hung on
		}
		saved := slices.Clone(words)
		if words[at].Head == v { // "will merge on 1 October after the union secured …": the date hung on the clause is the main verb's
			words[at].Head = w.Head
			at = w.Head
		}
		words[v].Head, words[v].Rel = at, "advcl"
		words[n].Head, words[n].Rel = v, "nsubj"
		if hasChildWith(words, v, "aux:pass") {
			words[n].Rel = "nsubj:pass"
		}
		words[c].Head, words[c].Rel = v, "mark"
		if activeParticiple {
			words[v].XPOS = "VBD"
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// clauseCase returns the preposition that can open a clause ("after",
// "before") and marks noun n as its case, or -1.
func clauseCase(words []Word, n int) int {
	c := -1
	for k := range words[:n] {
		if words[k].Head == n && words[k].Rel == "case" && clausePrepositions[strings.ToLower(words[k].Form)] {
			c = k
		}
	}
	return c
}
