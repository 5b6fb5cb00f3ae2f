package syntax

import "testing"

func TestEllipticConditionRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"if of a condition whose verb is left out opens that condition, not the main clause",
			"\"If it doesn't, we will hand the site back,\" said Hendrik Voss.", "If", "does", "mark"},
	})
}
