package archive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	textfold "github.com/briefdesk/briefdesk/internal/fold"
	"github.com/kljensen/snowball/english"
)

// maxWordLen bounds indexed words; longer runs of letters are not words.
const maxWordLen = 40

// fold lower-cases s and removes its accents ("Ökonomie" → "okonomie").
func fold(s string) string { return textfold.Fold(s) }

// words splits folded text into words: runs of letters and digits.
func words(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// stem returns the index term for a folded word, or "" for words not
// indexed (stop words, single letters, overlong runs).
func stem(w string) string {
	if len(w) > maxWordLen || english.IsStopWord(w) {
		return ""
	}
	if utf8.RuneCountInString(w) < 2 {
		if w != "" && unicode.IsDigit(rune(w[0])) {
			return w
		}
		return ""
	}
	return english.Stem(w, true)
}

// terms returns the index terms of text, with repeats: the stems of its
// words in order, then its acronym terms (see acronym).
func terms(text string) []string {
	ws := words(fold(text))
	out := ws[:0]
	for _, w := range ws {
		if t := stem(w); t != "" {
			out = append(out, t)
		}
	}
	return appendAcronyms(out, text)
}
