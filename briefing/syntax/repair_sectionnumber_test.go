package syntax

import "testing"

func TestSectionNumberRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a clause's number is a list mark, not a count of its subject",
			"6.1 Each Party shall keep confidential any commercial information received from the other Party.", "6.1", "keep", "discourse"},
	})
}
