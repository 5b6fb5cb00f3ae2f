package commitments

import "testing"

// TestReadinessToMeetAgain checks that a party's own readiness to resume
// talks is its commitment, conditional on what it asks of the other side,
// while resumed talks that others expect are none.
func TestReadinessToMeetAgain(t *testing.T) {
	checkFound(t, []string{"Ethiopia/country", "Kenya/country"}, []foundCase{
		{"readiness to resume talks on a condition",
			"Ethiopia said it was ready to resume talks on a water treaty if Kenya dropped its complaint.",
			"conditional|Ethiopia|resume talks on a water treaty"},
		{"readiness to resume talks",
			"Ethiopia said it was ready to resume talks on a water treaty.", "intends|Ethiopia|resume talks"},
		{"talks others expect to resume",
			"Ethiopia and Kenya are expected to resume talks next week.", "||resume talks"},
	})
}
