package parties

import (
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// dateline records the place of a news dateline that opens the sentence
// ("BRESKOV 2019-04-11", "SEATTLE, Washington 2019-04-10") and returns the
// index of the first token after it, or 0 when the sentence has none. The
// place is written in capitals, so gazetteer names match case aside.
func (sc *scanner) dateline() int {
	ts := sc.ts
	a := sc.first
	for a < len(ts) && ts[a].Word && allCaps(ts[a].Text) && !isoDateRe.MatchString(ts[a].Text) {
		a++
	}
	if a == sc.first {
		return sc.placeDateLine()
	}
	if a-sc.first > 4 || a >= len(ts) {
		return 0
	}
	b := a
	if ts[a].Text == "," {
		b = a + 1
		for b < len(ts) && b-a <= 4 && ts[b].Word && ts[b].Cap && !isoDateRe.MatchString(ts[b].Text) {
			b++
		}
	}
	if b >= len(ts) || !isoDateRe.MatchString(ts[b].Text) || b == a+1 {
		return 0
	}
	sc.addPlace(sc.first, a)
	if b > a {
		sc.addPlace(a+1, b)
	}
	return b + 1
}

// placeDateLine records the place of a sentence that is only a place
// written in capitalised words, a comma and a date ("Ostrand City, 4
// December 2026" over a statement; see text.DateLine) and returns the
// index of the first token after the place, or 0 when the sentence is no
// such line.
func (sc *scanner) placeDateLine() int {
	ts := sc.ts
	a := sc.first
	for a < len(ts) && a-sc.first < 4 && ts[a].Word && ts[a].Cap {
		a++
	}
	if a == sc.first || a >= len(ts) || ts[a].Text != "," || !text.DateLine(sc.d.Text[ts[sc.first].Start:ts[len(ts)-1].End]) {
		return 0
	}
	sc.addPlace(sc.first, a)
	return a + 1
}

// addPlace records tokens [i, k) as a place, or as the gazetteer entity
// they name when it is not an organisation.
func (sc *scanner) addPlace(i, k int) {
	ts := sc.ts
	if r, ok := sc.g.LookupFolded(sc.d.Text[ts[i].Start:text.NameEnd(ts[k-1])]); ok && sc.g.Entities[r.Entity].Kind != briefing.KindOrganisation {
		sc.addEntity(i, k, r)
		return
	}
	m := newMention(sc.d, briefing.Span{Start: ts[i].Start, End: text.NameEnd(ts[k-1])}, ts[i].Sent, k-i)
	m.kind, m.cue = briefing.KindPlace, cueStrong
	sc.out = append(sc.out, m)
}

// allCaps reports whether s has letters and all of them are capitals.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}
