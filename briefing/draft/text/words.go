package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FirstRuneUpper reports whether s starts with a capital letter.
func FirstRuneUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// OneLineText returns s with its words joined by single spaces.
func OneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

// MaxBylineWords is the longest a byline or caption line may be.
const MaxBylineWords = 16

// maxCountedWords is where WordCount stops counting: past it, every
// reader has its answer (the longest headline line is 20 words).
const maxCountedWords = 80

// WordCount counts the space-separated words of s, stopping past
// maxCountedWords.
func WordCount(s string) int {
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
