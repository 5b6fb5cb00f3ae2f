package merge

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/internal/fold"
	"github.com/kljensen/snowball/english"
)

// plain lower-cases s, drops its accents and turns every run of marks
// into one space: "Kovács" and "KOVACS" are both "kovacs", "U.N." is "u n".
func plain(s string) string {
	return strings.Join(strings.FieldsFunc(fold.Fold(s), notWordRune), " ")
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// bag is a set of word stems.
type bag map[string]bool

// sameSense maps the stems of words that outlets use for one another in
// news of agreements, deployments and casualties to one of them, so that
// "a truce deal" and "a ceasefire agreement" share their words.
var sameSense = map[string]string{
	"accord": "agreement", "pact": "agreement", "deal": "agreement", "treati": "agreement",
	"truce": "ceasefir", "armistic": "ceasefir",
	"deploy": "send", "dispatch": "send",
	"promis": "pledg", "vow": "pledg", "commit": "pledg",
	"seal": "sign", "ink": "sign",
	"lorri": "truck",
	"die":   "kill", "dead": "kill", "death": "kill",
	"negoti": "talk",
}

// stems returns the stems of the content words of text (stop words left
// out; numbers kept as written; words of the same sense as one, see
// sameSense).
func stems(text string) bag {
	out := bag{}
	for _, w := range strings.Fields(plain(text)) {
		if english.IsStopWord(w) {
			continue
		}
		st := english.Stem(w, true)
		if to, ok := sameSense[st]; ok {
			st = to
		}
		out[st] = true
	}
	return out
}

// overlap is the share of the smaller bag found in the other: 1 when one
// holds all the words of the other, 0 when they share none or one is empty.
func overlap(a, b bag) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// union returns a bag with the words of both.
func union(a, b bag) bag {
	out := make(bag, len(a)+len(b))
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}
