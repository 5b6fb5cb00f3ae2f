package syntax

import "testing"

func TestObjectConjunctRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a second predicate after the object joins the first verb",
			"Norway pledged $45m and promised to send engineers.", "promised", "pledged", "conj"},
		{"a second predicate with an object of its own joins the first verb",
			"The club paid the fine and accepted a two-year ban.", "accepted", "paid", "conj"},
		{"a participle describing the object stays with it",
			"Police seized cash and jewellery stolen from the shop.", "stolen", "cash", "acl"},
	})
}
