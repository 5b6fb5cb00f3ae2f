package syntax

import "testing"

func TestPossessedVerbRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a noun after a possessive and its modifiers read as a verb joined with no conjunction is the object",
			"Carmaker Veltro will close its Coventry assembly plant next year with the loss of 1,100 jobs, the company confirmed on Thursday.", "plant", "close", "obj"},
		{"the phrases hung on the misread noun are the verb's",
			"Carmaker Veltro will close its Coventry assembly plant next year with the loss of 1,100 jobs, the company confirmed on Thursday.", "year", "close", "obl:unmarked"},
		{"a verb joined with a conjunction after a possessive stays a verb",
			"The firm will close its plant and sell the site.", "sell", "close", "conj"},
	})
}
