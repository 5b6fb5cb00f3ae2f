package syntax

import "testing"

func TestConditionConjunctRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a clause with its own modal after a comma and a condition joins the clause the condition belongs to",
			"Council leader Priya Shah said the authority was willing to sell if the club could show it had the funds, and would decide by March.",
			"decide", "willing", "conj"},
	})
}
