package commitments

import "testing"

// TestOwnerBoundByAnUnnamedSubject checks that an owner pronoun bound by
// the subject of its own clause is that subject's even when the subject
// is no party: the offer is not the reporting union's.
func TestOwnerBoundByAnUnnamedSubject(t *testing.T) {
	checkFound(t, []string{"Transport Workers Union/organisation", "Bus drivers/group"}, []foundCase{
		{"an offer improved by a council that is no party",
			"Bus drivers in Norbridge have called off next week's three-day strike after the city council improved its pay offer, the Transport Workers Union said on Friday.",
			"||offer"},
	})
}
