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

// TestFrontedProvisoRepair checks that a proviso opening the sentence,
// which the parser made the root, hangs on the main verb after its comma.
func TestFrontedProvisoRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the main verb after the proviso's comma is the root",
			"\"Provided the regulator clears it, the first vessels will call at Berth 7 on January 1 next year,\" Solheim said.",
			"Provided", "call", "advcl"},
		{"the proviso keeps its own clause",
			"\"Provided the regulator clears it, the first vessels will call at Berth 7 on January 1 next year,\" Solheim said.",
			"clears", "Provided", "ccomp"},
	})
}
