package syntax

import "testing"

func TestTimeSubjectRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the names after a phrase of time and a comma are the subject",
			"Last month, Ontario and Quebec agreed to join, and I expect the others to follow.", "Ontario", "agreed", "nsubj"},
	})
}
