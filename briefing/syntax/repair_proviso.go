package syntax

import (
	"slices"
	"strings"
)

// repairProvisoObject mends a proviso set off by a comma that the parser
// read as a verb of its own taking the main clause's object ("Berlin has
// pledged a further €150 million, provided that Brussels approves": "€"
// and "a" hung on "provided"). Words between the verb that "provided"
// hangs on and the comma before it belong to that verb: a determiner, an
// adverb or a modifier goes to the nominal after it, the first nominal
// becomes the verb's object when it has none. "provided" or "providing"
// must be followed by "that" or by a subject of a clause hung on it. A
// result that is not a tree is undone.
func repairProvisoObject(words []Word) {
	for k := 2; k+1 < len(words); k++ {
		f := strings.ToLower(words[k].Form)
		h := words[k].Head
		if f != "provided" && f != "providing" || words[k-1].Form != "," || h < 0 || h >= k-1 || !provisoOpens(words, k) {
			continue
		}
		var stolen []int
		for x := h + 1; x < k-1; x++ {
			if words[x].Head == k {
				stolen = append(stolen, x)
			}
		}
		if len(stolen) == 0 {
			continue
		}
		saved := slices.Clone(words)
		hasObj := false
		for x := range words {
			hasObj = hasObj || words[x].Head == h && words[x].Rel == "obj"
		}
		for n, x := range stolen {
			words[x].Head = h
			if headNoun(words[x]) && !hasObj {
				words[x].Rel, hasObj = "obj", true
				continue
			}
			for _, y := range stolen[n+1:] {
				if headNoun(words[y]) && relIn(words[x].Rel, []string{"det", "advmod", "amod", "nummod"}) {
					words[x].Head = y // "a | further € 150 million": the article is the sum's
					break
				}
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// provisoOpens reports whether "provided" at k opens a condition: "that"
// follows it, or a clause hung on it has a subject of its own.
func provisoOpens(words []Word, k int) bool {
	if strings.ToLower(words[k+1].Form) == "that" {
		return true
	}
	for x := k + 1; x < len(words); x++ {
		if words[x].Head == k && relIn(words[x].Rel, []string{"ccomp", "advcl"}) {
			for y := range words {
				if words[y].Head == x && relIn(words[y].Rel, []string{"nsubj", "nsubj:pass"}) {
					return true
				}
			}
		}
	}
	return false
}

// headNoun reports whether w can head a noun phrase: a noun, a name, a
// pronoun, a number or a currency sign.
func headNoun(w Word) bool {
	switch w.UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "SYM":
		return true
	}
	return false
}
