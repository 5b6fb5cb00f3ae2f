package syntax

import "testing"

// TestRelativeConjunctRepair checks that a verb joined by "and" to a
// relative clause, whose form cannot agree with the main verb's subject,
// is the relative clause's conjunct.
func TestRelativeConjunctRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a third-person perfect after a relative clause, the main subject \"I\"",
			"I want to thank the Lutheran Church of Aldermark, which ran four of the schools and has agreed to contribute 100 million kroner to the fund.",
			"agreed", "ran", "conj"},
	})
}
