package syntax

import "testing"

func TestCompoundVerbRepair(t *testing.T) {
	const told = "Finance Minister Efua Darko-Boateng told parliament on Wednesday that the government would cut discretionary spending by 12 billion cedis and freeze public sector hiring until June 2027."
	checkRepairs(t, []repairCase{
		{"the noun after it is its object", told, "parliament", "told", "obj"},
		{"the title's first word goes back into the subject's name", told, "Finance", "Efua", "compound"},
		{"what hung on the old root hangs on the verb", told, "cut", "told", "ccomp"},
	})
}
