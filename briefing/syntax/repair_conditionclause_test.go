package syntax

import "testing"

func TestConditionClauseRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"an if clause on an agreeing verb is its condition",
			"Clarke said Adeyemi would only agree to the new date if Doyle signed a contract with a penalty clause.", "signed", "agree", "advcl"},
		{"an if clause after a verb of asking stays what is asked",
			"Reporters asked if Doyle would sign the contract.", "sign", "asked", "ccomp"},
	})
}
