package parties

import "testing"

// TestSyllableAcronym checks acronyms made of the first letters or
// syllables of a name's words.
func TestSyllableAcronym(t *testing.T) {
	spelled := [][3]string{ // construction, acronym, name
		{"first syllables in mixed case, a first word passed over", "PenCom", "National Pension Commission"},
		{"first syllables in mixed case", "NiMet", "Nigerian Meteorological Agency"},
		{"capitals with two letters of the first word", "FERMA", "Federal Roads Maintenance Agency"},
		{"capitals over a small word", "HDC", "Harbour and Docks Company"},
	}
	unspelled := [][3]string{
		{"a surname in brackets spells no name", "McDonald", "Ronald Harlow"},
		{"one word used is no acronym", "Vesta", "Vesta Holdings"},
		{"capitals inside a part of a mixed-case acronym", "PEnCom", "National Pension Commission"},
		{"two words passed over", "PenCom", "Royal National Pension Commission"},
	}
	for want, set := range map[bool][][3]string{true: spelled, false: unspelled} {
		for _, c := range set {
			if got := syllableAcronym(c[1], c[2]); got != want {
				t.Errorf("%s: syllableAcronym(%q, %q) = %v, want %v", c[0], c[1], c[2], got, want)
			}
		}
	}
}

// TestSyllableAcronymAlias checks that such an acronym in brackets right
// after a name is the name's alias, and its later mentions the same party.
func TestSyllableAcronymAlias(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"acronym of first syllables in brackets after a body", "The National Pension Commission (PenCom) said it would review the rules. PenCom will report in May.",
			[]string{"National Pension Commission"}, []string{"PenCom"}},
		{"acronym of letters of the first words in brackets after a body", "The Federal Roads Maintenance Agency (FERMA) said repairs would start. FERMA blamed the rains.",
			[]string{"Federal Roads Maintenance Agency"}, []string{"FERMA"}},
	})
}

// TestBracketedAcronymSpellingAWord checks that an acronym the text gives
// in brackets names its body at the start of a sentence even when it
// spells an ordinary word.
func TestBracketedAcronymSpellingAWord(t *testing.T) {
	txt := "The Water Integrity Network Ghana (WING) said tests found mercury above World Health Organization limits. WING said it would publish new results every quarter."
	d := draftDoc(t, txt, "2026-10-06")
	p := findParty(d.Parties, "Water Integrity Network Ghana")
	if p == nil || len(p.Mentions) != 2 || txt[p.Mentions[1].Start:p.Mentions[1].End] != "WING" {
		t.Errorf("want the opening WING as a second mention of the network, got %+v", d.Parties)
	}
}
