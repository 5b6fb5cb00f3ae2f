package syntax

import "testing"

// TestProvisoObjectRepair checks that the object of a clause before a
// proviso set off by a comma stays that clause's.
func TestProvisoObjectRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a sum pledged before \", provided that\"",
			"Berlin has pledged a further €150 million from the federal budget, provided that Brussels approves the state package first.",
			"€", "pledged", "obj"},
		{"the sum's article goes with the sum",
			"Berlin has pledged a further €150 million from the federal budget, provided that Brussels approves the state package first.",
			"a", "€", "det"},
	})
}
