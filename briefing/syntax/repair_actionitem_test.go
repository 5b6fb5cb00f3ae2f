package syntax

import "testing"

func TestActionItemRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"an action item's infinitive after a name the tagger read a verb in heads the sentence",
			"- Public Works Department to post detour signs before bridge work begins on July 6, 2026.", "Department", "post", "nsubj"},
		{"the name's words hang on its last word",
			"- Public Works Department to post detour signs before bridge work begins on July 6, 2026.", "Works", "Department", "compound"},
		{"a clause with a finite verb before the infinitive is left alone",
			"Officials agreed to sign the deal.", "sign", "agreed", "xcomp"},
	})
}
