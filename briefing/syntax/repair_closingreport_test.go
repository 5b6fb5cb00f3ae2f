package syntax

import "testing"

func TestClosingReportRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a report closing the sentence after a clause of time hangs on the root",
			"South Korea will drop its complaint at the World Trade Organization once the checks are eased, a trade ministry official said.",
			"said", "drop", "parataxis"},
	})
}
