package syntax

import "testing"

func TestPeriodStartRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a week dated by its first day",
			"If members back action, the SHDU will call a first 48-hour walkout in the week beginning 23 March, she said.", "beginning", "week", "acl"},
	})
}
