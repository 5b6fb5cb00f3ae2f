package syntax

import "testing"

func TestStrandedObjectRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"an object after a complement with none of its own is the complement's",
			`AeroServ said in a statement it had committed to presenting "a substantially improved offer" at the start of the March round.`, "offer", "presenting", "obj"},
		{"the phrase after it goes with it",
			`AeroServ said in a statement it had committed to presenting "a substantially improved offer" at the start of the March round.`, "start", "presenting", "obl"},
	})
}
