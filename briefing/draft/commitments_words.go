package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lexTok is one word or punctuation mark of a sentence, with its byte
// offsets into the whole source text.
type lexTok struct {
	start, end int
	text       string // as written
	lower      string // lower case, curly lexApostrophes made straight
	word       bool   // letters or digits, not punctuation
	cap        bool   // starts with an upper-case letter
	quoted     bool   // inside quotation marks
}

// lexWords splits text[start:end] into words and punctuation marks. A word
// is a run of letters, digits and inner lexApostrophes, hyphens, dots and
// commas between digits ("COVID-19", "don't", "3.5", "350,000").
func lexWords(text string, start, end int) []lexTok {
	var toks []lexTok
	quoted := false
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isLexRune(r):
			j := lexWordEnd(text, i, end)
			if j < end && text[j] == '.' && lexKeepsDot(text[i:j]) {
				j++
			}
			toks = append(toks, newLexTok(text, i, j, true, quoted))
			i = j
		default:
			switch r {
			case '“':
				quoted = true
			case '”':
				quoted = false
			case '"':
				quoted = !quoted
			}
			t := newLexTok(text, i, i+n, false, quoted || r == '”' || (r == '"' && !quoted))
			toks = append(toks, t)
			i += n
		}
	}
	return toks
}

func isLexRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// lexWordEnd returns the end of the word starting at i: joiners (apostrophe,
// hyphen, dot, comma) stay inside a word only between word runes, and dots
// and commas only between digits.
func lexWordEnd(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isLexRune(r) {
			j += n
			continue
		}
		if j+n >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[j+n : end])
		prev, _ := utf8.DecodeLastRuneInString(text[i:j])
		joins := false
		switch r {
		case '\'', '’', '-', '‑':
			joins = isLexRune(next)
		case '.', ',':
			joins = unicode.IsDigit(prev) && unicode.IsDigit(next) ||
				r == '.' && unicode.IsUpper(prev) && unicode.IsUpper(next) && j-i == 1 || r == '.' && isLexInitials(text[i:j]) && unicode.IsUpper(next)
		}
		if !joins {
			break
		}
		j += n
	}
	return j
}

// lexTitleAbbrevs keep their full stop: "Mr." is one word, not a sentence end.
var lexTitleAbbrevs = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Gen": true,
	"Sen": true, "Rep": true, "Gov": true, "Lt": true, "Col": true, "Capt": true, "Prof": true, "Jr": true,
	"Sr": true, "Sgt": true, "Maj": true, "Adm": true, "Rev": true, "Inc": true, "Corp": true, "Ltd": true, "Co": true}

// isLexInitials reports whether w is capitals joined by dots ("U.S", "U.N").
func isLexInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k%2 == 0 && !(w[k] >= 'A' && w[k] <= 'Z') || k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	return true
}

// lexKeepsDot reports whether a word keeps a following full stop.
func lexKeepsDot(w string) bool { return lexTitleAbbrevs[w] || isLexInitials(w) }

var lexApostrophes = strings.NewReplacer("’", "'", "‘", "'")

func newLexTok(text string, i, j int, word, quoted bool) lexTok {
	s := text[i:j]
	r, _ := utf8.DecodeRuneInString(s)
	return lexTok{start: i, end: j, text: s, lower: lexApostrophes.Replace(strings.ToLower(s)),
		word: word, cap: unicode.IsUpper(r), quoted: quoted}
}

// bare returns the lower-case word without a possessive ending ("China's" →
// "china").
func (t lexTok) bare() string {
	return strings.TrimSuffix(t.lower, "'s")
}

// joinToks renders toks[i:j] from the source, keeping the source's own
// spacing collapsed to single spaces.
func joinToks(text string, toks []lexTok) string {
	if len(toks) == 0 {
		return ""
	}
	return strings.Join(strings.Fields(text[toks[0].start:toks[len(toks)-1].end]), " ")
}
