package parties

import "testing"

// TestOfficePartsAreNoParties checks that a word of a person's office
// read as a body's name is no party, while a body the office is of stays.
func TestOfficePartsAreNoParties(t *testing.T) {
	checkKeptCases(t, []keptCase{
		{"a title before the office's of", "Marta Kessler, 52, was Minister-President of Saxony from 2019 to 2025. She said the state would appeal.",
			"Minister-President", false},
		{"a title in a list of witnesses", "WITNESSES: Daniel Reyes, Deputy Administrator, Federal Aviation Administration (FAA); Tanya Whitcomb, President, Pilots Union.",
			"Administrator", false},
		{"a side qualifying an office", "The Opposition trade critic, Paul Hennessy, calls that a band-aid.", "Opposition", false},
		{"a body after the office's of stays", "\"We will reopen in May,\" said Jon Berg, head of Nordsee Wind.", "Nordsee Wind", true},
		{"a party qualifying an office stays", "Green Party councillor Ana Ruiz said the council would vote against.", "Green Party", true},
	})
}
