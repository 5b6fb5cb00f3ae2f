package syntax

import "testing"

func TestPerfectAfterAdverbsRepair(t *testing.T) {
	text := "Chad's government has so far refused to discuss autonomy."
	checkRepairs(t, []repairCase{
		{"\"have\" before adverbs is the auxiliary of the verb after them", text, "has", "refused", "aux"},
		{"the subject hangs on the verb", text, "government", "refused", "nsubj"},
		{"the adverbs hang on the verb", text, "far", "refused", "advmod"},
	})
}
