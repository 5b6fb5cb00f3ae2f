package syntax

import "testing"

func TestTallyAgainstRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"against after a tally opens the clause",
			"The Board of Governors voted 11-4 against divesting its endowment.", "against", "divesting", "mark"},
		{"the tally is the vote's",
			"The Board of Governors voted 11-4 against divesting its endowment.", "4", "voted", "obj"},
	})
}
