package syntax

import "testing"

func TestPlusNameRetag(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a name in capitals with a plus sign is a proper noun and the subject", "OPEC+ agreed on Sunday to cut oil output.", "OPEC+", "agreed", "nsubj"},
	})
}
