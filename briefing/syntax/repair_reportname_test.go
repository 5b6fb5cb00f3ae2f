package syntax

import "testing"

func TestReportByNameRepair(t *testing.T) {
	const funding = "The hospice will receive £800,000 a year from April 2027, Humber and Wolds Integrated Care Board (ICB) announced this afternoon."
	checkRepairs(t, []repairCase{
		{"a long name before a closing report is its subject", funding, "Board", "announced", "nsubj"},
		{"the report hangs on the sentence's verb", funding, "announced", "receive", "parataxis"},
		{"the name's first word hangs on its head", funding, "Humber", "Board", "flat"},
	})
}
