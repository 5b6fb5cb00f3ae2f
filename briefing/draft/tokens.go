package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// token is a word or a punctuation mark of a sentence, with its byte span.
type token struct {
	start, end int
	text       string // the token as written, without a possessive ’s
	poss       bool   // the word was followed by ’s or 's (removed from text)
	word       bool   // letters or digits, not punctuation
	cap        bool   // starts with a capital letter
	sent       int    // index of the sentence in document.sentences
}

// abbrevWord holds lower-cased words whose final period belongs to them.
var abbrevWord = setOf("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr", "adm",
	"maj", "brig", "sgt", "cpl", "pvt", "st", "mt", "ft", "jr", "sr", "prof", "rev", "hon", "pres", "supt",
	"insp", "inc", "corp", "co", "ltd", "bros", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "plc", "messrs")

// tokenize splits sentence number sent, text[sp.Start:sp.End], into tokens.
func tokenize(text string, sp briefing.Span, sent int, out []token) []token {
	i := sp.Start
	for i < sp.End {
		r, n := utf8.DecodeRuneInString(text[i:sp.End])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, token{start: i, end: i + n, text: text[i : i+n], sent: sent})
			i += n
			continue
		}
		j := scanWord(text, i, sp.End)
		t := token{start: i, end: j, word: true, cap: unicode.IsUpper(r), sent: sent}
		w := text[i:j]
		for _, s := range []string{"’s", "'s", "’", "'"} {
			if len(w) > len(s) && strings.HasSuffix(w, s) && (len(s) > 1 || strings.HasSuffix(w[:len(w)-len(s)], "s")) {
				w, t.poss = w[:len(w)-len(s)], true
				break
			}
		}
		t.text = w
		out = append(out, t)
		i = j
	}
	return out
}

// isWordRune reports whether r can start a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanWord returns the end of the word starting at i: letters, digits and
// marks, joined by inner apostrophes, hyphens, periods, ampersands and
// slashes; a final period stays with abbreviations ("U.S.", "J.", "Dr.").
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) || unicode.IsMark(r) {
			j += n
			continue
		}
		if strings.ContainsRune("'’-.&/+", r) && j+n < end {
			next, _ := utf8.DecodeRuneInString(text[j+n : end])
			if isWordRune(next) {
				j += n
				continue
			}
		}
		if r == '+' && j > i { // "OPEC+"
			j += n
		}
		break
	}
	if j < end && text[j] == '.' {
		w := text[i:j]
		first, _ := utf8.DecodeRuneInString(w)
		if strings.Contains(w, ".") || abbrevWord[strings.ToLower(w)] || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(first)) {
			j++
		}
	}
	return j
}

// nameEnd returns where the token's text ends, before any possessive.
func nameEnd(t token) int { return t.start + len(t.text) }
