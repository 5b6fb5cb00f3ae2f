package syntax

import "testing"

func TestActionItemRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"an action item's infinitive after a name the tagger read a verb in heads the sentence",
			"- Public Works Department to post detour signs before bridge work begins on July 6, 2026.", "Department", "post", "nsubj"},
		{"the name's words hang on its last word",
			"- Public Works Department to post detour signs before bridge work begins on July 6, 2026.", "Works", "Department", "compound"},
		{"a name after its article",
			"- The European Commission to present a legal proposal by 31 January 2027", "Commission", "present", "nsubj"},
		{"the article stays the name's",
			"- The European Commission to present a legal proposal by 31 January 2027", "The", "Commission", "det"},
		{"a name with its acronym in brackets",
			"- The European Investment Bank (EIB) to manage at least €25bn of the funds", "Bank", "manage", "nsubj"},
		{"a clause with a finite verb before the infinitive is left alone",
			"Officials agreed to sign the deal.", "sign", "agreed", "xcomp"},
	})
}
