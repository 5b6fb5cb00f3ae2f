package commitments

import "testing"

// TestCommittedToDoing checks that "committed to offering" is one
// commitment, the committing, not a second offer.
func TestCommittedToDoing(t *testing.T) {
	runCases(t, []commitmentCase{
		{"committed to with a gerund",
			"Harlow Foods said it had committed to offering every affected worker a transfer.",
			[]string{"Harlow Foods/organisation"}, nil,
			[]brief{{"Harlow Foods", "pledged", "", ""}}},
	})
}
