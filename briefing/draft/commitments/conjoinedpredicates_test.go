package commitments

import "testing"

// TestConjoinedCommitmentPredicates checks that a second commitment verb
// coordinated after a first, with the subject they share, is a
// commitment of its own.
func TestConjoinedCommitmentPredicates(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a pledge and an undertaking are two commitments",
			"Veltria pledged $45m and undertook to send a team of engineers.",
			[]string{"Veltria/country"}, nil,
			[]brief{{"Veltria", "pledged", "", ""}, {"Veltria", "pledged", "", ""}}},
		{"a pledge and a promise after its object are two commitments",
			"Veltria pledged $45m and promised to send a team of engineers.",
			[]string{"Veltria/country"}, nil,
			[]brief{{"Veltria", "pledged", "", ""}, {"Veltria", "pledged", "", ""}}},
		{"an agreement and a promise are two commitments",
			"Dunmore Logistics agreed to pay the fine and promised to publish its audit.",
			[]string{"Dunmore Logistics/organisation"}, nil,
			[]brief{{"Dunmore Logistics", "agreed", "", ""}, {"Dunmore Logistics", "pledged", "", ""}}},
		{"a list of three infinitives, the middle after a comma, is three undertakings",
			"Dunmore Logistics agreed to raise wages from January, to pay outstanding allowances by December and to reinstate 42 workers.",
			[]string{"Dunmore Logistics/organisation"}, nil,
			[]brief{{"Dunmore Logistics", "agreed", "", ""}, {"Dunmore Logistics", "agreed", "", ""}, {"Dunmore Logistics", "agreed", "", ""}}},
		{"a second infinitive the parser hung on the full stop is an undertaking",
			"The federation promised to pay the fine within 30 days and to hand the league a new security plan before the start of the season.",
			[]string{"federation/organisation"}, nil,
			[]brief{{"federation", "pledged", "", ""}, {"federation", "pledged", "", ""}}},
	})
}
