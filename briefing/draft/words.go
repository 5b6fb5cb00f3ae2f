package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstRuneUpper reports whether s starts with a capital letter.
func firstRuneUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// oneLineText returns s with its words joined by single spaces.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

// maxBylineWords is the longest a byline or caption line may be.
const maxBylineWords = 16

// maxCountedWords is where wordCount stops counting: past it, every
// reader has its answer (the longest headline line is 20 words).
const maxCountedWords = 80

// wordCount counts the space-separated words of s, stopping past
// maxCountedWords.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := r == ' ' || r == '\n' || r == '\t' || r == '\r'
		if !sp && !in {
			n++
			if n > maxCountedWords {
				return n
			}
		}
		in = !sp
	}
	return n
}
