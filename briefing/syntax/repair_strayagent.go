package syntax

import (
	"slices"
	"strings"
)

// repairStrayAgent mends the agent of a passive verb that the parser hung
// on a noun of a phrase before it: in "The extension was signed in the
// capital on Sunday evening by Commander Joseph Okelo" it read the name as
// a modifier of "capital". A name opened by "by" that hangs on a noun,
// after a passive verb with a subject and no agent and with no verb
// between them, is that verb's agent. A result that is not a tree is
// undone.
func repairStrayAgent(words []Word) {
	for v, w := range words {
		if w.XPOS != "VBN" || !hasChildWith(words, v, "aux:pass") || !hasChildWith(words, v, "nsubj:pass") || hasChildWith(words, v, "obl:agent") {
			continue
		}
		for p := v + 2; p < len(words); p++ {
			if words[p].UPOS == "VERB" || words[p].UPOS == "AUX" {
				break
			}
			b := p - 1
			for b > v && words[b].Head == p && words[b].Rel != "case" {
				b-- // "by Commander Joseph": the title between "by" and the name
			}
			n := words[p].Head
			if words[p].UPOS != "PROPN" || words[p].Rel != "nmod" || n <= v || n >= p || words[n].UPOS != "NOUN" ||
				b <= v || !strings.EqualFold(words[b].Form, "by") || words[b].Head != p || words[b].Rel != "case" {
				continue
			}
			saved := slices.Clone(words)
			words[p].Head, words[p].Rel = v, "obl:agent"
			if !isTree(words) {
				copy(words, saved)
			}
			break
		}
	}
}
