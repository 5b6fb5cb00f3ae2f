package syntax

import "testing"

func TestHyphenNameRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the last part of a double-barrelled name after a quotation joins the name",
			"\"We will not let it happen,\" de Vries-Hoekstra told reporters.", "Hoekstra", "de", "flat"},
	})
}
