package syntax

import "testing"

func TestZeroRelativeRepair(t *testing.T) {
	const text = "\"Indonesia is breaking the commitments it made to us, and we will use every tool available to defend our exporters,\" Ms Whitcombe said."
	checkRepairs(t, []repairCase{
		{"relative clause without a relative word modifies the object before it", text, "made", "commitments", "acl:relcl"},
		{"what followed the relative clause goes to the object's verb", text, "use", "breaking", "conj"},
	})
}
