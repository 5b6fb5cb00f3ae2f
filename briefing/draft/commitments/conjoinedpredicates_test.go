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
	})
}
