package syntax

import "testing"

func TestConjunctTailRepair(t *testing.T) {
	text := "The operator said it would halt the loading of ships between 11pm and 6am, and would install quieter cranes by the end of 2027."
	checkRepairs(t, []repairCase{
		{"a modifier after a conjunct with its own modal is the conjunct's", text, "end", "install", "obl"},
		{"a modifier before the conjunct stays on the first clause", text, "11", "halt", "obl"},
	})
}
