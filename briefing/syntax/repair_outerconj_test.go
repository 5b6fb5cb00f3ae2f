package syntax

import "testing"

func TestOuterConjunctRepair(t *testing.T) {
	text := "Under the accord, signed in Santiago by Foreign Minister Alberto van Klaveren and his Argentine counterpart Gerardo Werthein, the two countries will set up a monitoring network."
	checkRepairs(t, []repairCase{
		{"a participle set off by a comma after an opening phrase describes its noun", text, "signed", "accord", "acl"},
		{"the opening phrase is the main verb's", text, "accord", "set", "obl"},
		{"a name after \"and\" hung on the main verb joins the name before", text, "counterpart", "Alberto", "conj"},
		{"the subject after the comma stays the main verb's", text, "countries", "set", "nsubj"},
	})
}

func TestSumBeforeNounRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a sum before the noun it measures is its compound", "She said the £95m project could not be funded this year.", "£", "project", "compound"},
		{"the article goes with the noun", "She said the £95m project could not be funded this year.", "the", "project", "det"},
		{"a sum with no noun after it stays the object", "Britain has pledged £20m for the fund.", "£", "pledged", "obj"},
	})
}
