package commitments

import "testing"

// TestFamilyNamedInApposition checks that a description set before the
// family it names in apposition acts as that family.
func TestFamilyNamedInApposition(t *testing.T) {
	checkActors(t, []actorCase{
		{"owners described, then named as a family",
			"The club's American owners, the Brandt family, have said they will not sell the club.",
			[]string{"Brandt/organisation", "American owners/group"}, "Brandt"},
	})
}
