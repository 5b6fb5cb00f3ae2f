package syntax

import "testing"

func TestInsetReportRepair(t *testing.T) {
	text := "Glasgow City Council will provide free lunches to every primary school pupil from September, its leader announced yesterday, in a move costing £12m a year."
	checkRepairs(t, []repairCase{
		{"a report set off by commas is parataxis", text, "announced", "provide", "parataxis"},
		{"the report's time is its own", text, "yesterday", "announced", "obl:unmarked"},
		{"a clause of saying with an object of its own stays",
			"The council will cut the budget when its leader announced the plan.", "announced", "cut", "advcl"},
	})
}
