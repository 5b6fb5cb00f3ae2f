package syntax

import "testing"

func TestAsideTailRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a date closing a relative aside belongs to the aside's verb",
			"Her Kelsworth Independent Alliance, which has run the council since May 2024, went into that election promising no rises.", "May", "run", "obl"},
		{"the subject before the aside is the main verb's",
			"Her Kelsworth Independent Alliance, which has run the council since May 2024, went into that election promising no rises.", "Alliance", "went", "nsubj"},
	})
}
