package syntax

import "testing"

func TestJoinedNameRootRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"two titled names joined by and at the start are the verb's subjects",
			"Chancellor Friedrich Merz and Prime Minister Donald Tusk signed a declaration.", "Chancellor", "signed", "nsubj"},
		{"the second name is a conjunct of the first",
			"Chancellor Friedrich Merz and Prime Minister Donald Tusk signed a declaration.", "Donald", "Chancellor", "conj"},
		{"a people's adjective before an office is a word of the title",
			"Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk signed a declaration.", "Polish", "Minister", "amod"},
		{"the same with a people's adjective read as a name",
			"Chancellor Friedrich Merz and Dutch Prime Minister Dick Schoof agreed to meet again.", "Chancellor", "agreed", "nsubj"},
		{"the people's adjective read as the conjunct modifies the office",
			"Chancellor Friedrich Merz and Dutch Prime Minister Dick Schoof agreed to meet again.", "Dutch", "Minister", "amod"},
		{"a relative clause with a relative word stays one",
			"Chancellor Friedrich Merz, who met Donald Tusk, signed a declaration.", "Chancellor", "signed", "nsubj"},
	})
}
