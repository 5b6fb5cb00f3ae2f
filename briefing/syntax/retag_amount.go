package syntax

import "strings"

// amountWords say a sum comes on top of another ("a further £3bn").
var amountWords = map[string]bool{"further": true, "extra": true, "additional": true}

// amountAdverb returns the first "further", "extra" or "additional" read as
// an adverb right after "a" or "an" and right before a currency sign or a
// number, or -1: with the article, the word qualifies the sum.
func amountAdverb(words []Word) int {
	for k := 1; k+1 < len(words); k++ {
		art := strings.ToLower(words[k-1].Form)
		if amountWords[strings.ToLower(words[k].Form)] && words[k].UPOS == "ADV" && (art == "a" || art == "an") &&
			(words[k+1].XPOS == "$" || words[k+1].UPOS == "NUM") {
			return k
		}
	}
	return -1
}
