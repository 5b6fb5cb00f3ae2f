package commitments

import "testing"

// TestRumouredActsCommitNoOne checks that what reports, rumours or
// speculation say a party did is no commitment of it, while what it
// confirms or what a report says it did stays one.
func TestRumouredActsCommitNoOne(t *testing.T) {
	runCases(t, []commitmentCase{
		{"reports no one comments on",
			"The club said it would not comment on reports that it had also agreed terms with Ajax defender Pieter Smit.",
			[]string{"Ajax/organisation", "Pieter Smit/person"}, nil, nil},
		{"reports denied, the noun read as a verb",
			"Acme denied reports that it had agreed to buy Zentra Holdings.",
			[]string{"Acme/organisation", "Zentra Holdings/organisation"}, nil, nil},
		{"speculation, that read as a relative pronoun",
			"There is speculation that Acme has agreed to buy Zentra Holdings.",
			[]string{"Acme/organisation", "Zentra Holdings/organisation"}, nil, nil},
		{"an act the party confirms",
			"Acme confirmed that it had agreed to buy Zentra Holdings.",
			[]string{"Acme/organisation", "Zentra Holdings/organisation"}, nil, []brief{{"Acme", "agreed", "", ""}}},
	})
}
