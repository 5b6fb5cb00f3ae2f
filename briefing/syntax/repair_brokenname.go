package syntax

import "slices"

// repairBrokenName mends a name the parser broke into several dependents
// of the verb after it ("Bosworth Hospitals NHS Trust has promised", with
// "Bosworth" a passive subject, "Hospitals" a mark and "NHS" the
// subject): a run of proper nouns with no punctuation in it, two or more
// of which hang on the same verb outside the run, one of them as its
// subject and one as a function word no noun can be, is one name. Its last word heads it and is the verb's subject
// (passive when the verb has a passive auxiliary); the others are its
// compounds. A result that is not a tree is undone.
func repairBrokenName(words []Word) {
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && words[j].UPOS == "PROPN" {
			j++
		}
		if j-i < 2 {
			i = j + 1
			continue
		}
		fixRunOnVerb(words, i, j)
		i = j
	}
}

// fixRunOnVerb makes the proper nouns words[i:j] one name when two or more
// of them hang on one verb after the run, one as its subject (see
// repairBrokenName).
func fixRunOnVerb(words []Word, i, j int) {
	v, outside, subject, odd := -1, 0, false, false
	for k := i; k < j; k++ {
		h := words[k].Head
		if h >= i && h < j {
			continue
		}
		if v >= 0 && h != v || h < j || words[h].UPOS != "VERB" {
			return
		}
		v, outside = h, outside+1
		subject = subject || words[k].Rel == "nsubj" || words[k].Rel == "nsubj:pass"
		odd = odd || functionRels[words[k].Rel]
	}
	if outside < 2 || !subject || !odd {
		return
	}
	saved := slices.Clone(words)
	last := j - 1
	rel := "nsubj"
	if slices.ContainsFunc(words, func(x Word) bool { return x.Head == v && x.Rel == "aux:pass" }) {
		rel = "nsubj:pass"
	}
	for k := i; k < last; k++ {
		words[k].Head, words[k].Rel = last, "compound"
	}
	words[last].Head, words[last].Rel = v, rel
	if !isTree(words) {
		copy(words, saved)
	}
}

// functionRels are the relations of function words, which a proper noun
// never bears.
var functionRels = map[string]bool{"mark": true, "case": true, "cc": true, "aux": true, "cop": true, "det": true}
