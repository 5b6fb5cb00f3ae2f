package commitments

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
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
		for from := 0; ; {
			k := strings.Index(d.Text[from:], p.Name)
			if k < 0 {
				break
			}
			a := from + k
			b := a + len(p.Name)
			from = b
			if wordBoundary(d.Text, a, b) && !overlapsMark(marked, a, b) {
				out = append(out, partyMark{a, b, pi})
			}
		}
	}
	return out
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
