package syntax

import "testing"

func TestZeroRelativeRepair(t *testing.T) {
	const text = "\"Indonesia is breaking the commitments it made to us, and we will use every tool available to defend our exporters,\" Ms Whitcombe said."
	checkRepairs(t, []repairCase{
		{"relative clause without a relative word modifies the object before it", text, "made", "commitments", "acl:relcl"},
		{"what followed the relative clause goes to the object's verb", text, "use", "breaking", "conj"},
	})
}

// TestLooseZeroRelativeRepair checks that a relative clause without a
// relative word, which the parser hung loose on the main verb, modifies
// the noun before its pronoun.
func TestLooseZeroRelativeRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a share a state claimed, reported as refused",
			"Iceland's fisheries minister said her government would not accept a smaller share than the 16.5% it claimed last year.",
			"claimed", "%", "acl:relcl"},
	})
}
