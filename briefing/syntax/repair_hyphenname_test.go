package syntax

import "testing"

func TestHyphenNameRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the last part of a double-barrelled name after a quotation joins the name",
			"\"We will not let it happen,\" de Vries-Hoekstra told reporters.", "Hoekstra", "de", "flat"},
		{"a double-barrelled name after a comma whose first part is taken for a conjunct is the subject",
			"The coalition will present its first budget in October, Zawadzki-Lenart said, adding that the ministry would be ready.", "Zawadzki", "said", "nsubj"},
	})
}
