package syntax

import "strings"

// repairUntilClause mends a clause opened by "until" or "before" that the
// parser read as a phrase, its subject the object of the preposition and
// its verb hung elsewhere ("would continue its boycott until the board
// agreed to give fans a seat", with "agreed" a clause of "said"): the
// preposition marks the verb, the noun is its subject, and the clause
// modifies the verb the phrase hung on. The verb must be finite, right
// after the noun's phrase, and have no subject of its own. A result that
// is not a tree is undone.
func repairUntilClause(words []Word) {
	s := &Sentence{Words: words}
	for u, w := range words {
		if w.Rel != "case" || !untilWords[strings.ToLower(w.Form)] || w.Head <= u {
			continue
		}
		n := w.Head
		h := words[n].Head
		if words[n].Rel != "obl" || h < 0 || h > u {
			continue
		}
		_, last := s.Subtree(n)
		v := last + 1
		if v >= len(words) || words[v].UPOS != "VERB" || !finiteTag[words[v].XPOS] || words[v].Head == n || len(s.ChildrenWith(v, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		saved := append([]Word(nil), words...)
		words[v].Head, words[v].Rel = h, "advcl"
		words[n].Head, words[n].Rel = v, "nsubj"
		words[u].Head, words[u].Rel = v, "mark"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// untilWords open clauses of time that the parser may read as phrases
// ("will strike on 12 January after their union rejected a pay offer").
var untilWords = map[string]bool{"until": true, "till": true, "before": true, "after": true}

// finiteTag are the tags of finite verbs in the past or present.
var finiteTag = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}
