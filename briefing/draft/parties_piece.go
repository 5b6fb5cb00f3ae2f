package draft

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// piece records the name in ts[i:j], a run without words that are never
// parties; start is where the run began (before dropped words).
func (sc *scanner) piece(i, j, start int) {
	ts := sc.ts
	jEnd := j
	for j > i && !ts[j-1].cap { // connectors left before a dropped word
		j--
	}
	if i >= j {
		return
	}
	if k, ref, ok := sc.longestEntity(i, j); ok && k == j {
		sc.addEntity(i, k, ref)
		return
	}
	if sc.onlyDescribers(i, j) { // "Moslems", "Iraqi Kurds"
		sc.addDemonyms(i, j)
		return
	}
	if k := sc.skipPeoples(i, j); k > i {
		i, start = k, k
	}
	affil := -1
	if i > 0 && ts[i-1].poss && i == start && len(sc.out) > 0 && sc.titleAt(i) { // "Morocco’s King …"
		if prev := sc.out[len(sc.out)-1]; prev.span.End <= ts[i-1].end && prev.span.Start >= ts[0].start && prev.entity >= 0 {
			affil = len(sc.out) - 1
		}
	}
	if k, ref, ok := sc.longestEntity(i, i+1); ok && k < j { // "Chinese President …", "Mexican Ariel Cruz"
		if e, ref2, ok2 := sc.longestEntity(k, j); ok2 && e == j { // two known names: "U.S. Gulf"
			sc.addEntity(i, k, ref)
			sc.addEntity(k, j, ref2)
			return
		}
		if n, _, _ := sc.title(k); n > 0 || ref.how == refDemonym && sc.personAfterDemonym(k, j) {
			sc.addEntity(i, k, ref)
			affil = len(sc.out) - 1
			i = k
		}
	}
	titleStart := i
	n, role, te := sc.title(i)
	if n > 0 && sc.holdsOrgWord(i+n, j) {
		n = 0 // "Major League Baseball", "General Motors": not a title
	}
	if n > 0 && i+n <= j {
		i += n
		if a := sc.addTitleEntity(te); a >= 0 {
			affil = a
		}
	} else {
		n = 0
	}
	for i < j && !ts[i].cap { // connectors left after a title
		i++
	}
	if i >= j {
		return
	}
	tail := -1 // where a second name starts after "of": "Tono Eitel of Germany"
	if of := sc.splitOf(i, j); of > 0 {
		k := of + 1
		for k < j && !ts[k].cap {
			k++
		}
		if n == 0 {
			sc.piece(i, of, of)
			if k < j {
				sc.piece(k, j, k)
			}
			return
		}
		if k < j {
			tail = k
		}
		j = of
	}
	if n == 0 && (sc.notAName(i, j) || sc.workTitle(start, j)) {
		return
	}
	sp := briefing.Span{Start: ts[i].start, End: ts[j-1].start + len(ts[j-1].text)}
	m := newMention(sc.d, sp, ts[i].sent, j-i)
	m.initial = sc.sentenceStart(i)
	if k, ref, ok := sc.longestEntity(i, j); ok && k == j {
		sc.addEntity(i, k, ref)
		m = sc.out[len(sc.out)-1]
		sc.out = sc.out[:len(sc.out)-1]
	} else {
		m.kind, m.cue = sc.classify(i, j, n > 0)
		m.plain = m.kind == "" && j-i == 1 && (sc.ordinary(ts[i]) && (i == 0 || !strings.EqualFold(ts[i-1].text, "the")) ||
			strings.ContainsAny(ts[i].text, "0123456789")) || sc.label(j, m)
	}
	if n > 0 {
		m.role = role
		m.titled = collapse(sc.d.text[ts[titleStart].start:sp.End])
	}
	m.affil = affil
	sc.out = append(sc.out, m)
	if tail >= 0 {
		sc.piece(tail, jEnd, tail)
	}
}

// personAfterDemonym reports whether ts[k:j], after a demonym, is a
// person's name: "Mexican Ariel Cruz", "American Tyson" (one word that is
// not ordinary and not an organisation word).
func (sc *scanner) personAfterDemonym(k, j int) bool {
	if j-k > 1 {
		return sc.g.firstNames[sc.ts[k].text] || sc.nameShaped(sc.ts[k:j])
	}
	t := sc.ts[k]
	return !sc.ordinary(t) && !sc.g.orgWords[t.text] && !isAcronym(t.text) && sc.nameShaped(sc.ts[k:j])
}

// holdsOrgWord reports whether one of the words ts[i:j] ends
// organisation names.
func (sc *scanner) holdsOrgWord(i, j int) bool {
	for k := i; k < j; k++ {
		if sc.g.orgWords[sc.ts[k].text] {
			return true
		}
	}
	return false
}

// placeFrom reports whether ts[i:j], after an optional "the", is a
// country or place the gazetteer knows.
func (sc *scanner) placeFrom(i, j int) bool {
	if i < j && sc.ts[i].text == "the" {
		i++
	}
	k, ref, ok := sc.longestEntity(i, j)
	return ok && k == j && sc.g.entities[ref.entity].kind != briefing.KindOrganisation
}

// splitOf returns the index of an "of" that joins two names in ts[i:j]
// ("Rahul of Delhi"), or 0 when "of" belongs to the name ("Bank of
// England", "Ministry of Health").
func (sc *scanner) splitOf(i, j int) int {
	for k := i + 1; k < j-1; k++ {
		if sc.ts[k].text != "of" {
			continue
		}
		head := sc.ts[k-1].text
		if companyForms[head] && sc.placeFrom(k+1, j) {
			return k // "Kia Motor Corp of South Korea"
		}
		if sc.g.orgHeads[fold(head)] || sc.g.orgWords[head] || placeWords[head] || sc.ordinary(sc.ts[k-1]) {
			return 0
		}
		return k
	}
	return 0
}
