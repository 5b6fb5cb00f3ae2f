package syntax

import "testing"

func TestDatelineSubjectRepair(t *testing.T) {
	const un = "UNITED NATIONS, 3 December (UN News) — The Security Council on Wednesday extended the mandate of the United Nations observer mission in northern Mali until 30 June 2027."
	checkRepairs(t, []repairCase{
		{"the noun phrase after a dateline's dash is the verb's subject", un, "Council", "extended", "nsubj"},
		{"the dateline hangs on the verb after it", un, "NATIONS", "extended", "dep"},
		{"a name in capitals before an aside between dashes is no dateline",
			"NHS England – the health service's governing body – said it would publish the figures.", "NHS", "said", "nsubj"},
		{"a hyphen inside a word after a name in capitals is no dateline's dash",
			"APPG Secretary-General Henri-Claude Mbemba said ministers had also proposed a compensation mechanism.", "APPG", "said", "nsubj"},
	})
}
