package text

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
)

// minPullWords is the fewest words a pull quote must hold to be told from
// a short quoted word or title.
const minPullWords = 3

// markPullQuotes marks a pull quote: a line of its own that is only a
// quotation, whose words the story's prose says too ("“People want to
// arrive rested”" set off beside the paragraph quoting it). Its repeat
// would make a summary say the same thing twice.
func markPullQuotes(text string, spans []briefing.Span, kinds []FurnitureKind) {
	for i, sp := range spans {
		s := strings.TrimSpace(text[sp.Start:sp.End])
		if kinds[i] != Prose || !AloneOnLine(text, sp) || !quotedWhole(s) {
			continue
		}
		words := plainWords(s)
		if len(strings.Fields(words)) < minPullWords {
			continue
		}
		for k, other := range spans {
			if k != i && kinds[k] == Prose && strings.Contains(plainWords(text[other.Start:other.End]), words) {
				kinds[i] = furnCaption
				break
			}
		}
	}
}

// quotedWhole reports whether s opens with a quotation mark and ends with
// one, after any final punctuation.
func quotedWhole(s string) bool {
	s = strings.TrimRight(s, ".,!?… ")
	return s != "" && strings.ContainsRune(`"“‘'`, []rune(s)[0]) && strings.ContainsAny(s[len(s)-1:], `"'`) ||
		strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’") && strings.ContainsRune(`"“‘'`, []rune(s)[0])
}

// plainWords returns the words of s in lower case, one space apart, with
// punctuation dropped, so that a quotation matches its repeat however
// either is punctuated.
func plainWords(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return " " + strings.Join(f, " ") + " "
}
