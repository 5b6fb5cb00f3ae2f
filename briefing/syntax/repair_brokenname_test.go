package syntax

import "testing"

func TestBrokenNameRepair(t *testing.T) {
	const trust = "Bosworth Hospitals NHS Trust has promised that the maternity unit at Hinckley Community Hospital will remain open for at least five years, after a campaign by local parents."
	checkRepairs(t, []repairCase{
		{"a name broken into several dependents of its verb heads on its last word, the subject", trust, "Trust", "promised", "nsubj"},
		{"its other words are compounds of the last", trust, "Hospitals", "Trust", "compound"},
	})
}
