package parties

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// addCouncil records the name of a town or region followed by a lower-case
// "council" ("Oldham council", "the Tarn county council said") as an
// organisation named by both words, as a city council is one, and reports
// whether ts[i:j] was one. A name of a country or a people ("the British
// council") or of a party ("the Labour council") names no council.
func (sc *scanner) addCouncil(i, j int) bool {
	ts := sc.ts
	k := j
	if k < len(ts) && councilKinds[ts[k].Text] {
		k++ // "county council"
	}
	if k >= len(ts) || ts[k].Text != "council" || ts[k].Sent != ts[i].Sent || !sc.councilPlace(i, j) {
		return false
	}
	m := newMention(sc.d, briefing.Span{Start: ts[i].Start, End: ts[k].End}, ts[i].Sent, k+1-i)
	m.kind, m.cue = briefing.KindOrganisation, cueStrong
	sc.out = append(sc.out, m)
	return true
}

// councilPlace reports whether ts[i:j] may name the place a council runs:
// a town or region the gazetteer knows, or a name it does not know that is
// no people's, faith's or political camp's.
func (sc *scanner) councilPlace(i, j int) bool {
	if k, ref, ok := sc.longestEntity(i, j); ok {
		return k == j && sc.g.Entities[ref.Entity].Kind == briefing.KindPlace
	}
	for k := i; k < j; k++ {
		if t := sc.ts[k]; !t.Cap || sc.describer(k) || sc.common(t) {
			return false
		}
	}
	return true
}

// councilKinds stand between a place's name and "council".
var councilKinds = text.SetOf("city", "county", "borough", "district", "town", "parish", "regional")
