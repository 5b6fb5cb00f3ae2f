package draft

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// chunk analyses the run of capitalised words ts[i:j]: it drops words that
// are never parties, splits off a leading affiliation ("Chinese" in
// "Chinese President Xi Jinping") and a title, and records the name that
// remains with its kind.
func (sc *scanner) chunk(i, j int) {
	ts := sc.ts
	for k := i; k < j; k++ { // a document or event, unless an organisation word ends the run
		if documentWords[ts[k].text] && (k == j-1 || !sc.g.orgWords[ts[j-1].text]) || sc.sportsLeague(k, j) {
			sc.skipDocument(j)
			return
		}
	}
	for k := i; k < j; k++ { // "Ontario-based Magna": the adjective splits the run
		if compoundAdjective(ts[k].text) {
			p := k // "New York-based": the capitalised words before belong to the adjective
			for p > i && ts[p-1].cap {
				p--
			}
			if p > i {
				sc.chunk(i, p)
			}
			if k+1 < j {
				sc.chunk(k+1, j)
			}
			return
		}
	}
	start := i
	i = sc.dropLeading(i, j)
	if k, ref, ok := sc.longestEntity(i, j); ok && k == j && i > start { // "The North Atlantic Treaty Organisation"
		sc.addEntity(i, k, ref)
		return
	}
	for k := i; k < j; k++ { // a word that is never a party splits the run
		if sc.g.never[fold(ts[k].text)] && !(k == j-1 && ts[k].text == "I" && k > i && sc.g.firstNames[ts[k-1].text]) { // "Elizabeth I"
			if k > i {
				sc.piece(i, k, start)
			}
			i = sc.dropLeading(k+1, j)
			start = i
			k = i - 1
		}
	}
	if i < j {
		sc.piece(i, j, start)
	}
}

// dropLeading skips what cannot start a name at i: a common word that is
// capitalised only because it starts the sentence (an ordinary word that
// could start a name, as "Crystal" in "Crystal Palace", is kept when a
// capitalised word follows it), and connectors.
func (sc *scanner) dropLeading(i, j int) int {
	if i < j && sc.sentenceStart(i) && sc.dropStart(i, j) {
		i++
	}
	for i < j && (!sc.ts[i].cap || sc.g.never[fold(sc.ts[i].text)]) {
		i++
	}
	return i
}

// dropStart reports whether the first word of the run ts[i:j], which starts
// a sentence, is an ordinary word to drop: a common word (unless it starts
// a title, as "Economy Minister"), a lone organisation word ("Oil",
// "Police"), or an ordinary word not followed by a capitalised one.
func (sc *scanner) dropStart(i, j int) bool {
	t := sc.ts[i]
	if j-i == 1 && sc.surnames[t.text] {
		return false // "Woods said", after "Tiger Woods"
	}
	if n, _, _ := sc.title(i); n > 0 && i+n < j {
		return false
	}
	if j-i == 1 && sc.g.orgWords[t.text] {
		return true
	}
	if sc.tableRow(j) && !starters[strings.ToLower(t.text)] {
		return false // a team in a results table: "Reading 4 1 1 2"
	}
	return sc.common(t) || (j-i == 1 || !sc.ts[i+1].cap) && sc.startOnly(i)
}

// tableRow reports whether the tokens from j are the figures of a results
// table row: a score followed by another score, or ending the sentence.
func (sc *scanner) tableRow(j int) bool {
	ts := sc.ts
	if j >= len(ts) || !isScore(ts[j].text) {
		return false
	}
	return j+1 == len(ts) || isScore(ts[j+1].text) || !ts[j+1].word
}

// startOnly reports whether the capitalised word at i, which starts the
// sentence, is an ordinary word rather than the start of a name: a common
// word, or a word also written in lower case that is not a title, a first
// name or a known name.
func (sc *scanner) startOnly(i int) bool {
	t := sc.ts[i]
	if sc.common(t) {
		return true
	}
	if !sc.ordinary(t) || sc.g.firstNames[t.text] || sc.g.orgWords[t.text] {
		return false
	}
	if n, _, _ := sc.title(i); n > 0 {
		return false
	}
	_, _, known := sc.longestEntity(i, i+1)
	return !known
}

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
