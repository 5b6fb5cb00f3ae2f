package syntax

import "testing"

func TestThatClauseRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"what was agreed with a body is the verb's complement, not a relative clause on the body",
			"We have agreed with the Retail and Distribution Workers' Union (RDWU) that formal consultation will start on Monday 13 October.", "start", "agreed", "ccomp"},
		{"that opens the agreed clause",
			"We have agreed with the Retail and Distribution Workers' Union (RDWU) that formal consultation will start on Monday 13 October.", "that", "start", "mark"},
	})
}
