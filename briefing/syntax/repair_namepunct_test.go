package syntax

import "testing"

func TestNameOnPunct(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a body's name broken before its last word", "Kirkstall Homes has agreed to pay a penalty under a deferred prosecution agreement with the Crown Prosecution Service (CPS).", "Service", "agreement", "nmod"},
		{"the word before is the name's compound", "Kirkstall Homes has agreed to pay a penalty under a deferred prosecution agreement with the Crown Prosecution Service (CPS).", "Prosecution", "Service", "compound"},
		{"the preposition comes along", "Kirkstall Homes has agreed to pay a penalty under a deferred prosecution agreement with the Crown Prosecution Service (CPS).", "with", "Service", "case"},
	})
}
