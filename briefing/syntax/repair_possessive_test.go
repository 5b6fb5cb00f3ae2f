package syntax

import "testing"

// TestVerbPossessiveRepair checks that a possessive the parser hung on a
// verb belongs to the noun after it.
func TestVerbPossessiveRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a possessive before a number and a plural subject",
			"The FGU's leader announced on Monday morning that the party's six ministers would resign with immediate effect after the cabinet failed to agree on the 2026 budget.",
			"party", "ministers", "nmod:poss"},
	})
}
