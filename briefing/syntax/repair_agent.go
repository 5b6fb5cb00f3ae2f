package syntax

import (
	"slices"
	"strings"
)

// repairParticipleAgent mends the agent of a participle set off after a
// noun that the parser made the subject of the main verb: in "The main
// opposition party, led by Andres Saar, has refused to join" it read "by"
// as a mark and "Andres Saar" as the subject of "refused", and the party
// as that verb's passive subject. The name after "by" is the participle's
// agent, "by" its case, and the noun the main verb's subject, a passive
// one only when the verb has a passive auxiliary. A result that is not a
// tree is undone.
func repairParticipleAgent(words []Word) {
	for v, w := range words {
		n, b, p := w.Head, v+1, v+2
		if w.Rel != "acl" || w.XPOS != "VBN" || n < 0 || n >= v || p >= len(words) ||
			!strings.EqualFold(words[b].Form, "by") || words[p].Rel != "nsubj" || words[p].UPOS != "PROPN" {
			continue
		}
		x := words[p].Head
		if x < 0 || words[n].Head != x || !strings.HasPrefix(words[n].Rel, "nsubj") {
			continue
		}
		saved := slices.Clone(words)
		words[p].Head, words[p].Rel = v, "obl:agent"
		words[b].Head, words[b].Rel, words[b].UPOS = p, "case", "ADP"
		words[n].Rel = "nsubj"
		if slices.ContainsFunc(words, func(a Word) bool { return a.Head == x && a.Rel == "aux:pass" }) {
			words[n].Rel = "nsubj:pass"
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
