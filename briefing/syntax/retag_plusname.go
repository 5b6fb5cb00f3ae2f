package syntax

import (
	"strings"
	"unicode"
)

// plusNameAsOther returns the first word written as a name in capitals
// with a plus sign at its end ("OPEC+") that the tagger read as anything
// but a proper noun, or -1: the plus names a wider group ("OPEC and its
// allies"), not an operator.
func plusNameAsOther(words []Word) int {
	for k, w := range words {
		name, ok := strings.CutSuffix(w.Form, "+")
		if !ok || w.UPOS == "PROPN" || len(name) < 2 || strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsUpper(r) && !unicode.IsDigit(r) }) {
			continue
		}
		return k
	}
	return -1
}
