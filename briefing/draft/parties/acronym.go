package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// maxAcronymReach bounds how many tokens before a name an acronym's
// definition may reach back.
const maxAcronymReach = 8

// widenToAcronym widens the last mention, which ends before token j (an
// opening bracket), back to the whole name the acronym acr abbreviates when
// the scanner cut it at a small word: "Oil and Natural Gas Corporation
// (ONGC)", "Campaign for Clean Rivers (CCR)", "Services, Transport and
// Aviation Workers' Union (STAWU)". Mentions inside the widened
// name are dropped. It reports whether it widened.
func (sc *scanner) widenToAcronym(j int, acr string) bool {
	ts := sc.ts
	last := sc.out[len(sc.out)-1]
	if len(lettersOf(acr)) < 2 {
		return false
	}
	for i := j - 1; i >= 0 && j-i <= maxAcronymReach; i-- {
		t := ts[i]
		if t.Start >= last.span.Start || t.Text == "," && i > 0 && ts[i-1].Cap {
			continue // inside the name found; a comma between its words ("Services, Transport and Aviation Workers' Union (STAWU)")
		}
		if !t.Word || t.Poss || !t.Cap && !nameJoiners[t.Text] {
			return false
		}
		if !t.Cap || !initialsMatch(acr, collapse(sc.d.Text[t.Start:last.span.End])) {
			continue
		}
		for len(sc.out) > 0 && sc.out[len(sc.out)-1].span.Start >= t.Start {
			sc.out = sc.out[:len(sc.out)-1] // the pieces of the name found before
		}
		wide := newMention(sc.d, briefing.Span{Start: t.Start, End: last.span.End}, t.Sent, j-i)
		wide.kind, wide.cue = briefing.KindOrganisation, cueStrong
		sc.out = append(sc.out, wide)
		return true
	}
	return false
}

// nameJoiners are the small words inside names of organisations.
var nameJoiners = text.SetOf("and", "of", "for", "in", "&", "the", "on", "de", "du", "des", "la", "le")

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
	return sc.orgAfterPeople(k, k+1) || sc.officeOfHolder(k) || sc.saintsBody(k)
}

// saintsBody reports whether the possessive word at token k is a saint's
// name that a hospice, school or church is named for, the body's word
// among the next few capitalised words: "St Columba's Hospice", "Saint
// Mary's Hospital", "St Aldhelm's General Hospital".
func (sc *scanner) saintsBody(k int) bool {
	ts := sc.ts
	if k == 0 || !ts[k].Cap || ts[k-1].Text != "St" && ts[k-1].Text != "St." && ts[k-1].Text != "Saint" {
		return false
	}
	for n := k + 1; n < len(ts) && n <= k+3 && ts[n].Word && ts[n].Cap; n++ {
		if saintsBodies[ts[n].Text] {
			return true
		}
	}
	return false
}

// saintsBodies are the bodies named for a saint.
var saintsBodies = text.SetOf("Hospice", "Hospital", "School", "College", "Church", "Cathedral", "Academy", "Primary", "Infirmary",
	"Trust", "Foundation", "Parish")

// officeOfHolder reports whether the possessive word at token k is an
// office whose staff the next word names, inside one name: "Harlan County
// Sheriff's Office", "Information Commissioner's Office", "Attorney
// General's Department".
func (sc *scanner) officeOfHolder(k int) bool {
	ts := sc.ts
	return k+1 < len(ts) && ts[k].Cap && titleWord(sc.g, ts[k].Text) && holdersStaff[ts[k+1].Text]
}

// holdersStaff are the bodies named for the office they serve.
var holdersStaff = text.SetOf("Office", "Department", "Bureau", "Chambers", "Court", "University", "College", "Hospital")

// apostropheInName reports whether token j is the bare apostrophe of a
// plural possessive written apart from its word ("Owners' Association",
// "Farmers' and Regions Party") inside an organisation's name, as
// possessiveInName judges it.
func (sc *scanner) apostropheInName(j int) bool {
	ts := sc.ts
	if j == 0 || ts[j].Text != "'" && ts[j].Text != "’" || !ts[j-1].Word || ts[j-1].End != ts[j].Start ||
		!strings.HasSuffix(ts[j-1].Text, "s") {
		return false
	}
	if j+1 < len(ts) && ts[j+1].Text == "and" {
		return sc.orgAfterPeople(j-1, j+2) // "the Farmers' and Regions Party"
	}
	return sc.orgAfterPeople(j-1, j+1)
}

// orgAfterPeople reports whether the word at token k names people and the
// capitalised words from token next end in an organisation word before
// any other possessive.
func (sc *scanner) orgAfterPeople(k, next int) bool {
	ts := sc.ts
	chained := k >= 2 && ts[k-1].Text == "and" && joinedApostrophe(ts, k-2) // "Greens" in "the Farmers' and Greens' Union"
	if !peopleWord(ts[k].Text) && !sc.bodiesWord(ts[k].Text) && !chained || next >= len(ts) || !ts[next].Cap || !ts[next].Word {
		return false
	}
	for e := next; e < len(ts) && e <= next+4 && ts[e].Word && ts[e].Cap; e++ {
		if sc.g.OrgWords[ts[e].Text] || sc.g.OrgWords[singular(ts[e].Text)] {
			return true // also "Ghana Union of Traders' Associations"
		}
		if ts[e].Poss {
			return false
		}
		if e+2 < len(ts) && joinedApostrophe(ts, e+1) && ts[e+2].Cap && strings.HasSuffix(ts[e].Text, "s") {
			e++ // "the Farmers' and Greens' Union": a second plural possessive before the body's word
		}
	}
	return false
}

// joinedApostrophe reports whether token j is an apostrophe written onto
// the word before it.
func joinedApostrophe(ts []doc.Token, j int) bool {
	return j > 0 && (ts[j].Text == "'" || ts[j].Text == "’") && ts[j-1].Word && ts[j-1].End == ts[j].Start
}

// bodiesWord reports whether w is the plural of a word that ends bodies'
// names, as the members of a federation are named before its apostrophe
// ("District Councils' Alliance", "Local Authorities' Association").
func (sc *scanner) bodiesWord(w string) bool {
	if one, ok := strings.CutSuffix(w, "ies"); ok && sc.g.OrgWords[one+"y"] {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	return ok && sc.g.OrgWords[one]
}

// peopleWord reports whether a capitalised word names people in general
// ("People", "Workers", "Seamen", "Farmer"), as plural agent nouns do
// ("Dockers", "Traders").
func peopleWord(w string) bool {
	l := strings.ToLower(w)
	switch l {
	case "people", "peoples", "men", "women", "children", "seamen", "fishermen", "veterans", "magistrates", "justices",
		"nurses", "pilots", "surgeons":
		return true
	}
	for _, end := range []string{"ers", "ors", "men", "ists", "ians", "ents", "ants", "wives", "tives"} {
		if strings.HasSuffix(l, end) {
			return true // "Dockers", "Aviators", "Firemen", "Journalists", "Physicians", "Students", "Tenants", "Midwives", "Relatives"
		}
	}
	return collectives[strings.TrimSuffix(l, "s")] && !vagueCollectives[strings.TrimSuffix(l, "s")]
}
