package syntax

import "testing"

// TestRelativeSubjectRepair checks that the verb after a relative clause
// on a noun root, with no subject of its own, is the main verb and the
// noun its subject.
func TestRelativeSubjectRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a long relative clause on the subject, the main verb read as a parataxis",
			"Two armed groups that have fought for control of the gold mines around the town of Branovo signed a ceasefire on Monday, local officials said.",
			"groups", "signed", "nsubj"},
	})
}
