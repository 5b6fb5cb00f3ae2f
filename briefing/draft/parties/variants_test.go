package parties

import (
	"slices"
	"testing"
)

// TestNameVariants checks that other spellings of a name the text uses
// become its aliases, one party per entity, and that distinct names stay
// apart.
func TestNameVariants(t *testing.T) {
	cases := []struct {
		construction, text, name string
		aliases, others          []string
	}{
		{"organisation's name misspelt later", "Halvor sold Kristiansandbanken in May. The future of Kristiansandbnaken is unclear.",
			"Kristiansandbanken", []string{"Kristiansandbnaken"}, nil},
		{"organisation's name cut short", "The sale of Yuganskneftegaz went ahead. Yugansk was sold to Rosneft in December.",
			"Yuganskneftegaz", []string{"Yugansk"}, nil},
		{"surname misspelt after the full name", "\"The cash matters,\" says Jose Barrionuevo, a banker. Mr Barrioneuvo says more.",
			"Jose Barrionuevo", []string{"Barrioneuvo"}, nil},
		{"party called by its members in the plural", "The Green Party will join the coalition. The Greens said they had won three seats.",
			"Green Party", []string{"Greens"}, nil},
		{"party called by an adjective's members in the plural", "The Democratic Alliance won the vote. The Democrats said they would govern alone.",
			"Democratic Alliance", []string{"Democrats"}, nil},
		{"plural of a bank's first word is no party label", "The National Bank cut rates. The Nationals said they would oppose the cut.",
			"National Bank", nil, []string{"Nationals"}},
		{"a ministry named with its state's demonym and with its state after \"of\"",
			"Northwind signed a deal with the Ministry of Digital Affairs of Estonia on Monday. The Estonian Ministry of Digital Affairs will move 40 services to the platform.",
			"Ministry of Digital Affairs of Estonia", []string{"Estonian Ministry of Digital Affairs"}, nil},
		{"two names one letter apart and both short", "Bahr met Bahn on Monday. Bahr said the talks went well.",
			"Bahr", nil, []string{"Bahn"}},
		{"country's government by its demonym", "The Argentine State will pay the firm. Argentina said so on Monday.",
			"Argentina", []string{"Argentine State"}, nil},
		{"country's government by its name", "The US Government cannot keep borrowing, Ana Ruiz said.",
			"United States", []string{"US Government"}, nil},
		{"country's government by its demonym before a lower-case government", "The Irish government will cap rents from next year.",
			"Ireland", []string{"Irish"}, nil},
		{"country's government by its demonym mid-sentence", "Traders said the French government had agreed to reopen the port.",
			"France", []string{"French"}, nil},
		{"short name taken for a person's starts an organisation's", "But Harbour Watch said the plan was wrong. Ana Ruiz, director of Harbour Watch Europe, said so.",
			"Harbour Watch Europe", []string{"Harbour Watch"}, nil},
		{"seat of power for the state named too", "The Kremlin said the sale would go ahead. Russia denied any plan to renationalise.",
			"Russia", []string{"Kremlin"}, nil},
		{"seat of power for a union named too", "The EU and Boeing talked. Boeing filed a complaint against Brussels on Monday.",
			"European Union", []string{"EU", "Brussels"}, nil},
		{"name of several words in the singular", "The Free Farmers launched their manifesto. A Free Farmer government would cut tax, the Free Farmers said.",
			"Free Farmers", []string{"Free Farmer"}, nil},
		{"name whose last words are cut to initials", "Transport North Wales said trains would run. Commuters blamed Transport NW for the delays.",
			"Transport North Wales", []string{"Transport NW"}, nil},
		{"initials of other words stay apart", "Transport North Wales said trains would run. Transport NX said it ran buses.",
			"Transport North Wales", nil, []string{"Transport NX"}},
		{"surname that is a common word, after the whole name opened a sentence", "Marcus Bell backed the budget. Greg Olmstead voted no.\n\nBell said he would bring a motion.",
			"Marcus Bell", []string{"Bell"}, nil},
		{"surname after a title in the plural", "The budget was backed by Councilmembers Marcus Bell and Tom Brennan.\n\nBell said he would bring a motion.",
			"Marcus Bell", []string{"Bell"}, nil},
		{"seat of power alone stays", "The Kremlin said the sale would go ahead.",
			"Kremlin", nil, nil},
		{"word inside a name of three words that nothing types", "Among the accused were RJ Quarles Tobacco and Lindell Tobacco. The ruling sent Quarles shares up 3%.",
			"RJ Quarles Tobacco", []string{"Quarles"}, nil},
		{"two gazetteer names joined by a hyphen", "The EU-US trade dispute went on for years.",
			"European Union", []string{"EU"}, []string{"United States"}},
	}
	for _, c := range cases {
		d := draftDoc(t, c.text, "2021-03-01")
		p := findParty(d.Parties, c.name)
		if p == nil {
			t.Errorf("%s: %q missing in %q (parties %v)", c.construction, c.name, c.text, names(d.Parties))
			continue
		}
		for _, a := range c.aliases {
			if !slices.Contains(p.Aliases, a) {
				t.Errorf("%s: alias %q missing from %q %q", c.construction, a, p.Name, p.Aliases)
			}
		}
		for _, o := range c.others {
			if findParty(d.Parties, o) == nil {
				t.Errorf("%s: party %q missing in %q (parties %v)", c.construction, o, c.text, names(d.Parties))
			}
		}
	}
}

// TestHyphenedPairs checks that two names joined by a hyphen are two
// parties when the text also writes each apart, and one name when not.
func TestHyphenedPairs(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"two names the text also writes apart", "Korvenia-Mirosk truce collapses\n\nTalks between Korvenia and Mirosk were postponed. Mirosk has refused to discuss the hills.",
			[]string{"Korvenia", "Mirosk"}, []string{"Korvenia-Mirosk"}},
		{"a double surname written only whole", "Foreign Minister Sigrid Aamodt-Lund proposed a pause. Aamodt-Lund said Hallvik would pay.",
			[]string{"Sigrid Aamodt-Lund"}, []string{"Aamodt", "Lund"}},
	})
}
