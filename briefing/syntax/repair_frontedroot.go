package syntax

import (
	"slices"
	"strings"
)

// frontedMarks open a clause of condition or time that may come first.
var frontedMarks = map[string]bool{"if": true, "unless": true, "when": true, "once": true, "after": true, "before": true,
	"because": true, "although": true, "while": true, "until": true}

// repairRootInFrontedClause mends a sentence whose opening clause of
// condition or time ends at a comma and whose verb takes a clause of its
// own, where the parser made a word of that inner clause the root and hung
// the main clause after the comma on it: "If that review finds the drug
// is less effective than in trials, Calderra and NHS England have agreed
// to renegotiate the price" had "effective" for its root. The verb after
// the comma, with the noun phrase before it as its subject, becomes the
// root, the opening clause hangs on it, and the old root is the
// complement of that clause's verb. A result that is not a tree is undone.
func repairRootInFrontedClause(words []Word) {
	if len(words) < 6 || words[0].UPOS != "SCONJ" || words[0].Rel != "mark" || !frontedMarks[strings.ToLower(words[0].Form)] {
		return
	}
	comma := slices.IndexFunc(words, func(w Word) bool { return w.Form == "," })
	mv, root := words[0].Head, slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	if comma < 0 || mv <= 0 || mv > comma || root < 0 || root > comma || words[mv].UPOS != "VERB" {
		return
	}
	end := comma + 1
	for end < len(words) && end <= comma+8 && (nominalWord(words[end]) || words[end].UPOS == "CCONJ") {
		end++
	}
	n := topBefore(words, comma+1, end)
	if end == comma+1 || n < 0 || words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" {
		return
	}
	m, auxes := verbGroupAfter(words, end)
	if m < 0 || hasSubject(words, m) || words[m].Head > comma {
		return
	}
	saved := slices.Clone(words)
	for k := comma; k < len(words); k++ {
		if h := words[k].Head; k != m && (h == root || h == mv) {
			words[k].Head = m // the comma, the final stop
		}
	}
	words[m].Head, words[m].Rel = -1, "root"
	passive := attachVerbGroup(words, m, auxes)
	words[n].Head, words[n].Rel = m, "nsubj"
	if passive {
		words[n].Rel = "nsubj:pass"
	}
	if root != mv {
		words[root].Head, words[root].Rel = mv, "ccomp"
	}
	words[mv].Head, words[mv].Rel = m, "advcl"
	if !isTree(words) {
		copy(words, saved)
	}
}
