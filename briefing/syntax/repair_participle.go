package syntax

import (
	"slices"
	"strings"
)

// resultVerbs take an object and a participle that says what becomes of it
// ("had his car stolen", "got the work done", "found him injured"): their
// participle is rightly a complement of the verb.
var resultVerbs = map[string]bool{"have": true, "get": true, "want": true, "need": true, "see": true,
	"find": true, "keep": true, "leave": true, "like": true, "make": true, "hear": true, "watch": true}

// repairObjectParticiple mends a past participle right after a verb's
// object that the parser made a complement of the verb: in "release 14
// fishermen detained since March" the participle describes the fishermen
// ("who were detained since March"), so it modifies the object, and what
// hangs on it (the date) is the detention's. Verbs whose participle says
// what becomes of the object keep it. A result that is not a tree is
// undone.
func repairObjectParticiple(words []Word) {
	for p, w := range words {
		o := p - 1
		if w.Rel != "xcomp" || w.XPOS != "VBN" || o < 1 || w.Head < 0 || w.Head >= o {
			continue
		}
		if words[o].Rel != "obj" || words[o].Head != w.Head || words[o].UPOS != "NOUN" && words[o].UPOS != "PROPN" ||
			resultVerbs[strings.ToLower(words[w.Head].Lemma)] {
			continue
		}
		saved := slices.Clone(words)
		words[p].Head, words[p].Rel = o, "acl"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
