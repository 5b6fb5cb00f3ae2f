package syntax

import "testing"

func TestNounRootRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a list item's modal verb read as a relative clause on its subject is the main verb",
			"- The pensions of store colleagues will not be cut.", "pensions", "cut", "nsubj:pass"},
	})
}
