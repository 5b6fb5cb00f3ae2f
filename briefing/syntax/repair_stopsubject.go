package syntax

import (
	"slices"
	"strings"
)

// repairSubjectOnStop mends a closing report whose subject the parser hung
// on the full stop and whose verb it read as a participle modifying that
// subject ("…, creating 1,500 jobs, the company announced on Thursday."
// read as "company" a subject of "." and "announced" its modifier): the
// verb of saying is the report, in parataxis with the sentence's verb, and
// the noun its subject. A result that is not a tree is undone.
func repairSubjectOnStop(words []Word) {
	for n, w := range words {
		h := w.Head
		if !strings.HasPrefix(w.Rel, "nsubj") || h < 0 || words[h].UPOS != "PUNCT" || words[h].Head < 0 {
			continue
		}
		v := -1
		for k := n + 1; k < len(words); k++ {
			if words[k].Head == n && strings.HasPrefix(words[k].Rel, "acl") && words[k].UPOS == "VERB" && sayingLemmas[strings.ToLower(words[k].Lemma)] &&
				!hasChildWith(words, k, "nsubj") {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = words[h].Head, "parataxis"
		if words[v].XPOS == "VBN" {
			words[v].XPOS = "VBD"
		}
		for k := range words {
			if words[k].Head == h {
				words[k].Head = v // what hung on the stop is the report's
			}
		}
		words[n].Head, words[n].Rel = v, "nsubj"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
