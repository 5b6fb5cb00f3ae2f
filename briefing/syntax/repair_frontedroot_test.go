package syntax

import "testing"

// TestRootInFrontedClauseRepair checks that the main clause after an
// opening condition whose verb takes a clause of its own is the root.
func TestRootInFrontedClauseRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the old root is the complement of the condition's verb",
			"If that review finds the drug is less effective in practice than in clinical trials, Calderra and NHS England have agreed to renegotiate the price.",
			"effective", "finds", "ccomp"},
		{"its subject",
			"If that review finds the drug is less effective in practice than in clinical trials, Calderra and NHS England have agreed to renegotiate the price.",
			"Calderra", "agreed", "nsubj"},
		{"the condition hangs on the main verb",
			"If that review finds the drug is less effective in practice than in clinical trials, Calderra and NHS England have agreed to renegotiate the price.",
			"finds", "agreed", "advcl"},
	})
}
