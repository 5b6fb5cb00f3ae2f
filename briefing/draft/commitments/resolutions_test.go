package commitments

import "testing"

// TestMinutes checks a body's minutes: what it RESOLVED is the body's
// decision, and an office the roster gives a member names that member.
func TestMinutes(t *testing.T) {
	const head = "Kelby Parish Council\n\nMinutes of the meeting held on 3 March.\n\nPresent: Cllr Ana Roth (Chair), Cllr Tom Hale.\n\n"
	runCases(t, []commitmentCase{
		{"a resolution is the council's decision",
			head + "RESOLVED that the payments be approved.",
			[]string{"Kelby Parish Council/organisation", "Ana Roth/person/Chair", "Tom Hale/person/Councillor"}, nil,
			[]brief{{"Kelby Parish Council", "agreed", "", ""}}},
		{"a resolution with a proviso is conditional",
			head + "It was RESOLVED that the council grant a new lease to the bowls club, provided that the club maintains the hedge.",
			[]string{"Kelby Parish Council/organisation", "Ana Roth/person/Chair", "Tom Hale/person/Councillor"}, nil,
			[]brief{{"Kelby Parish Council", "conditional", "", ""}}},
		{"the chair is the member who holds the chair",
			head + "The Chair agreed to write to the county council about the streetlight.",
			[]string{"Kelby Parish Council/organisation", "Ana Roth/person/Chair", "Tom Hale/person/Councillor"}, nil,
			[]brief{{"Ana Roth", "agreed", "", ""}}},
		{"a resolve in lower case inside a sentence is no resolution",
			head + "Residents said they had resolved that the hedge was too high.",
			[]string{"Kelby Parish Council/organisation", "Ana Roth/person/Chair"}, nil, nil},
	})
}

// TestOperativeDecisions checks that a resolution's operative paragraph
// opened by "Decides" is the decision of the body that opens the text,
// and that the formula closing it is none.
func TestOperativeDecisions(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the body that opens the resolution decides",
			"The Security Council,\n\nRecalling its previous resolutions,\n\n1. Decides to extend the mandate of the Verification Mission until 31 July 2027;\n\n9. Decides to remain actively seized of the matter.",
			[]string{"Security Council/organisation", "Verification Mission/organisation"}, nil,
			[]brief{{"Security Council", "agreed", "2027", ""}}},
	})
}
