package syntax

import (
	"slices"
	"strings"
)

// repairHyphenVerb mends a verb written with a hyphen that the tokenizer
// splits as EWT does ("to fast-track the case" → "fast" "-" "track"):
// the parser reads the first part as the verb, the last as its object and
// hangs the real object on the verb above ("refused to fast | track |,
// refused the case"). When an infinitive is followed by a hyphen and a
// noun it governs, and an object after that noun hangs on the same verb
// or on the verb above, the last part becomes the verb in the first
// part's place, the first part its compound, and the stray object its
// own. When the last part is read as a verb of its own, hung loose on
// another word with the object ("pledged to fast | track a bill",
// "track" a parataxis of the sentence's root), it takes the first part's
// place with what it governs. A result that is not a tree is undone.
func repairHyphenVerb(words []Word) {
	for v := 0; v+3 < len(words); v++ {
		w := words[v]
		t := v + 2
		if w.UPOS != "VERB" || w.XPOS != "VB" || words[v+1].Form != "-" || !infinitiveOrModal(words, v) {
			continue
		}
		if looseVerbPart(words, v, t) {
			saved := slices.Clone(words)
			joinVerbParts(words, v, t)
			if !isTree(words) {
				copy(words, saved)
			}
			continue
		}
		if words[t].Head != v || words[t].UPOS != "NOUN" || words[t].Rel != "obj" {
			continue
		}
		n := strayObject(words, t, v, w.Head)
		if n < 0 {
			continue
		}
		saved := slices.Clone(words)
		joinVerbParts(words, v, t)
		words[n].Head, words[n].Rel = t, "obj"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// looseVerbPart reports whether the part t after the hyphen of verb v is
// a bare verb hung elsewhere as a loose clause, with no subject, marker
// or auxiliary of its own.
func looseVerbPart(words []Word, v, t int) bool {
	if words[t].UPOS != "VERB" || words[t].XPOS != "VB" || words[t].Head == v || !looseClauseRels[words[t].Rel] {
		return false
	}
	return !slices.ContainsFunc(words, func(d Word) bool {
		return d.Head == t && (baseRel(d.Rel) == "nsubj" || d.Rel == "mark" || d.Rel == "aux")
	})
}

// looseClauseRels are the relations by which the parser hangs a clause it
// cannot place.
var looseClauseRels = map[string]bool{"parataxis": true, "conj": true, "dep": true, "xcomp": true}

// joinVerbParts makes the last part t of hyphenated verb v the verb, in
// v's place, with v's dependents, and v its compound.
func joinVerbParts(words []Word, v, t int) {
	w := words[v]
	for k := range words {
		if words[k].Head == v && k != t {
			words[k].Head = t // "to", auxiliaries, the hyphen, phrases of the verb
		}
	}
	words[t].Head, words[t].Rel = w.Head, w.Rel
	words[t].UPOS, words[t].XPOS, words[t].Lemma = "VERB", "VB", strings.ToLower(words[t].Form)
	words[v].Head, words[v].Rel, words[v].UPOS, words[v].XPOS = t, "compound", "ADV", "RB"
}

// infinitiveOrModal reports whether verb v is an infinitive: marked by
// "to" or after a modal.
func infinitiveOrModal(words []Word, v int) bool {
	for k, w := range words {
		if w.Head == v && k < v && (w.Rel == "mark" && strings.EqualFold(w.Form, "to") || w.Rel == "aux" && w.XPOS == "MD") {
			return true
		}
	}
	return false
}

// strayObject returns the first noun after t that is an object of verb v
// or of v's head h: what the hyphenated verb acts on; or -1.
func strayObject(words []Word, t, v, h int) int {
	for k := t + 1; k < len(words); k++ {
		if words[k].Rel == "obj" && (words[k].Head == v || h >= 0 && words[k].Head == h) {
			return k
		}
	}
	return -1
}
