package commitments

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// unmarkedMentions returns, given the marked mentions sorted by start, the places where the name of a state or an
// organisation stands in the text without a mention drafted for it ("Sarvan's
// government and the rebel Free Hills Movement" when only a later
// "Sarvan's Interior Minister" was marked): whole words, capitalised as
// in the name, overlapping no mention of any party.
func unmarkedMentions(d *doc.Document, marked []partyMark) []partyMark {
	var out []partyMark
	for pi, p := range d.Parties {
		if p.Kind != briefing.KindCountry && p.Kind != briefing.KindOrganisation || len(p.Name) < minUnmarkedName {
			continue
		}
		out = append(out, unmarkedWords(d.Text, p.Name, pi, marked)...)
	}
	return out
}

// demonymMentions returns the places where a one-word state's name stands
// as the adjective made from it, capitalised, with no mention drafted
// there: "his Ostravian counterpart", "the Dravonian government" name
// Ostravia and Dravonia as "his German counterpart" names Germany. They
// are kept apart from the mentions: "the Meridian president" does not
// make Meridia a side that acted.
func demonymMentions(d *doc.Document, marked []partyMark) []partyMark {
	var out []partyMark
	for pi, p := range d.Parties {
		if p.Kind != briefing.KindCountry && p.Kind != briefing.KindPlace || len(p.Name) < minUnmarkedName ||
			strings.ContainsAny(p.Name, " -.'’") {
			continue
		}
		for _, form := range demonyms(p.Name) {
			out = append(out, unmarkedWords(d.Text, form, pi, marked)...)
		}
	}
	return out
}

// unmarkedWords returns, as mentions of party pi, the places where word
// stands in text as a whole word that overlaps no marked mention.
func unmarkedWords(text, word string, pi int, marked []partyMark) []partyMark {
	var out []partyMark
	for from := 0; ; {
		k := strings.Index(text[from:], word)
		if k < 0 {
			return out
		}
		a := from + k
		b := a + len(word)
		from = b
		if wordBoundary(text, a, b) && !overlapsMark(marked, a, b) {
			out = append(out, partyMark{a, b, pi})
		}
	}
}

// demonyms returns the adjectives English regularly makes from a state's
// name: Ostravia → Ostravian, Estmark → Estmarkian, Sudan → Sudanese,
// Kelmar → Kelmari.
func demonyms(name string) []string {
	if strings.HasSuffix(name, "a") {
		return []string{name + "n"}
	}
	return []string{name + "ian", name + "an", name + "ese", name + "i"}
}

// minUnmarkedName is the shortest name looked for outside its mentions.
const minUnmarkedName = 4

// wordBoundary reports whether [a, b) is bounded by no letter or digit.
func wordBoundary(t string, a, b int) bool {
	if r, _ := utf8.DecodeLastRuneInString(t[:a]); a > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[b:])
	return b >= len(t) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// overlapsMark reports whether [a, b) overlaps any mention in marks,
// which are sorted by start.
func overlapsMark(marks []partyMark, a, b int) bool {
	k := sort.Search(len(marks), func(k int) bool { return marks[k].start >= b })
	for k--; k >= 0 && marks[k].start > a-maxNameBytes; k-- {
		if marks[k].end > a {
			return true
		}
	}
	return false
}

// adjectivalBody returns the state a subject names by its adjective and a
// noun for its government or people (words first to last, bytes [a, b):
// "the Belovan government", "Estmarkian officials", "the Tarsan side"),
// when no mention stands in it.
func (r *actorResolver) adjectivalBody(s *syntax.Sentence, first, last, a, b int) []int {
	words := phraseWords(s, first, last)
	if n := len(words); n < 2 || n > 3 || !governmentNouns[words[n-1]] || len(r.picked(a, b)) > 0 {
		return nil
	}
	if ps := r.statesNamedBy(a, b); len(ps) == 1 {
		return ps
	}
	return nil
}
