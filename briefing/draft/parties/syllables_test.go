package parties

import "testing"

// TestSyllableAcronym checks acronyms made of the first letters or
// syllables of a name's words.
func TestSyllableAcronym(t *testing.T) {
	cases := []struct {
		construction, acr, name string
		want                    bool
	}{
		{"first syllables in mixed case, a first word passed over", "PenCom", "National Pension Commission", true},
		{"first syllables in mixed case", "NiMet", "Nigerian Meteorological Agency", true},
		{"capitals with two letters of the first word", "FERMA", "Federal Roads Maintenance Agency", true},
		{"capitals over a small word", "HDC", "Harbour and Docks Company", true},
		{"a surname in brackets spells no name", "McDonald", "Ronald Harlow", false},
		{"one word used is no acronym", "Vesta", "Vesta Holdings", false},
		{"capitals inside a part of a mixed-case acronym", "PEnCom", "National Pension Commission", false},
		{"two words passed over", "PenCom", "Royal National Pension Commission", false},
	}
	for _, c := range cases {
		if got := syllableAcronym(c.acr, c.name); got != c.want {
			t.Errorf("%s: syllableAcronym(%q, %q) = %v, want %v", c.construction, c.acr, c.name, got, c.want)
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
