package archive

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// maxStopLen is the length of the longest English stop word
// ("yourselves"); a longer word in capitals cannot be a stop word.
const maxStopLen = 10

// acronym returns the index term of a word as written (not folded) when it
// is an acronym that is also a stop word, such as WHO, IT or AND: two or
// more letters, all upper case, whose folded form is a stop word. (US needs
// no help: "us" is no stop word, so it is indexed in any case.) The
// term is that folded form in upper case ("WHO"), which no folded word or
// stem can equal, so it never mixes with the ordinary terms. Any other
// word gives "": it is indexed (or not) by its stem like any other word.
//
// Only capitals make such a word an acronym, in the text and in a query:
// "WHO" matches the World Health Organization written as WHO, while "who"
// or "Who" stays a stop word and is ignored, so that an everyday query such
// as "talks with the minister" keeps matching as before. (A query typed
// all in capitals therefore asks for its stop words too.)
func acronym(raw string) string {
	if len(raw) < 2 || len(raw) > 2*maxStopLen {
		return ""
	}
	n := 0
	for _, r := range raw {
		if !unicode.IsUpper(r) {
			return ""
		}
		n++
	}
	if n < 2 || n > maxStopLen {
		return ""
	}
	f := fold(raw)
	if !english.IsStopWord(f) {
		return ""
	}
	return strings.ToUpper(f)
}

// isAcronymTerm reports whether t is an index term made by acronym.
func isAcronymTerm(t string) bool {
	return t != "" && t[0] >= 'A' && t[0] <= 'Z'
}

// appendAcronyms appends to out the acronym term of every word of text
// written in capitals that is also a stop word. Words are split as words
// splits folded text: runs of letters and digits.
func appendAcronyms(out []string, text string) []string {
	start, upper := -1, true
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			if start < 0 {
				start, upper = i, true
			}
			upper = upper && unicode.IsUpper(r)
			continue
		}
		if start >= 0 && upper {
			out = appendAcronym(out, text[start:i])
		}
		start = -1
	}
	if start >= 0 && upper {
		out = appendAcronym(out, text[start:])
	}
	return out
}

// appendAcronym appends the acronym term of raw, if it has one, to out.
func appendAcronym(out []string, raw string) []string {
	if t := acronym(raw); t != "" {
		out = append(out, t)
	}
	return out
}

// queryWords splits one query token into the words to match: folded
// words, except that a stop word typed in capitals becomes its acronym
// term.
func queryWords(tok string) []string {
	var out []string
	for _, w := range textWords(tok) {
		if t := acronym(tok[w.start:w.end]); t != "" {
			out = append(out, t)
		} else {
			out = append(out, words(w.folded)...)
		}
	}
	return out
}
