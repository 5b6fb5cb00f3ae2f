package syntax

import "slices"

// repairHyphenName mends a double-barrelled name that the tokenizer splits
// at its hyphen as EWT does ("de Vries-Hoekstra" → "de Vries" "-"
// "Hoekstra"): the parser may read the last part as a second subject or
// object of the same verb as the first part. When two proper nouns are
// joined by a hyphen with no space on either side, and the last part hangs
// on the head of the first part's name with the same relation, or is
// the subject of a verb after it where the first part hangs on a word
// before the name and is no subject ("in October, Zawadzki-Lenart said":
// "Zawadzki" made a conjunct of "October"), the last part joins the name
// as flat and the hyphen as its punctuation, the name taking the last
// part's place. A result that is not a tree is undone.
func repairHyphenName(words []Word) {
	for h := 1; h+1 < len(words); h++ {
		a, b := h-1, h+1
		if words[h].Form != "-" || words[a].End != words[h].Start || words[h].End != words[b].Start ||
			words[a].UPOS != "PROPN" || words[b].UPOS != "PROPN" {
			continue
		}
		r := a
		for (words[r].Rel == "flat" || words[r].Rel == "compound") && words[r].Head >= 0 && words[r].Head < b {
			r = words[r].Head
		}
		saved := slices.Clone(words)
		switch {
		case words[b].Head == words[r].Head && words[b].Rel == words[r].Rel:
		case isSubject(words[b].Rel) && !isSubject(words[r].Rel) && words[b].Head > b && words[r].Head >= 0 && words[r].Head < a:
			words[r].Head, words[r].Rel = words[b].Head, words[b].Rel // "in October, Zawadzki-Lenart said": the whole name is the subject
		default:
			continue
		}
		for k := range words {
			if words[k].Head == b {
				words[k].Head = r // what hung on the last part is the name's
			}
		}
		words[b].Head, words[b].Rel = r, "flat"
		words[h].Head, words[h].Rel = b, "punct"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// isSubject reports whether a relation is a subject's.
func isSubject(rel string) bool {
	return rel == "nsubj" || rel == "nsubj:pass"
}
