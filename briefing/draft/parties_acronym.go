package draft

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// maxAcronymReach bounds how many tokens before a name an acronym's
// definition may reach back.
const maxAcronymReach = 8

// widenToAcronym widens the last mention, which ends before token j (an
// opening bracket), back to the whole name the acronym acr abbreviates when
// the scanner cut it at a small word: "Oil and Natural Gas Corporation
// (ONGC)", "Campaign for Clean Rivers (CCR)". Mentions inside the widened
// name are dropped. It reports whether it widened.
func (sc *scanner) widenToAcronym(j int, acr string) bool {
	ts := sc.ts
	last := sc.out[len(sc.out)-1]
	if len(lettersOf(acr)) < 2 {
		return false
	}
	for i := j - 1; i >= 0 && j-i <= maxAcronymReach; i-- {
		t := ts[i]
		if t.start >= last.span.Start {
			continue // inside the name found
		}
		if !t.word || t.poss || !t.cap && !nameJoiners[t.text] {
			return false
		}
		if !t.cap || !initialsMatch(acr, collapse(sc.d.text[t.start:last.span.End])) {
			continue
		}
		for len(sc.out) > 0 && sc.out[len(sc.out)-1].span.Start >= t.start {
			sc.out = sc.out[:len(sc.out)-1] // the pieces of the name found before
		}
		wide := newMention(sc.d, briefing.Span{Start: t.start, End: last.span.End}, t.sent, j-i)
		wide.kind, wide.cue = briefing.KindOrganisation, cueStrong
		sc.out = append(sc.out, wide)
		return true
	}
	return false
}

// nameJoiners are the small words inside names of organisations.
var nameJoiners = setOf("and", "of", "for", "&", "the", "on", "de", "du", "des", "la", "le")

// lettersOf returns the capital letters of s.
func lettersOf(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			out = append(out, s[i])
		}
	}
	return string(out)
}

// possessiveInName reports whether the possessive word at token k belongs
// inside an organisation's name: a word for people ("People's", "Seamen's",
// "Workers'") followed by capitalised words that end in an organisation
// word ("Tigray People's Liberation Front", "Dockers and Seamen's Union").
// A possessive country or person ("Britain's Labour Party") ends the name.
func (sc *scanner) possessiveInName(k int) bool {
	ts := sc.ts
	if !peopleWord(ts[k].text) || k+1 >= len(ts) || !ts[k+1].cap || !ts[k+1].word {
		return false
	}
	for e := k + 1; e < len(ts) && e <= k+5 && ts[e].word && ts[e].cap; e++ {
		if sc.g.OrgWords[ts[e].text] {
			return true
		}
		if ts[e].poss {
			return false
		}
	}
	return false
}

// peopleWord reports whether a capitalised word names people in general
// ("People", "Workers", "Seamen", "Farmer").
func peopleWord(w string) bool {
	l := strings.ToLower(w)
	switch l {
	case "people", "peoples", "men", "women", "children", "seamen", "fishermen", "veterans":
		return true
	}
	return collectives[strings.TrimSuffix(l, "s")] && !vagueCollectives[strings.TrimSuffix(l, "s")]
}
