package archive

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxWordLen bounds indexed words; longer runs of letters are not words.
const maxWordLen = 40

// folder removes accents: decompose, drop combining marks, recompose.
var folderPool = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// fold lower-cases s and removes its accents ("Ökonomie" → "okonomie").
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		t := folderPool.Get().(transform.Transformer)
		if out, _, err := transform.String(t, s); err == nil {
			s = out
		}
		folderPool.Put(t)
	}
	return strings.ToLower(s)
}

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
