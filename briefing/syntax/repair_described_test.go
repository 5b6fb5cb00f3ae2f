package syntax

import "testing"

func TestDescribedNameRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a description before a name is no root with the name's verb as its relative clause",
			"The environmental group Greenpeace has promised to appeal.", "group", "Greenpeace", "compound"},
		{"the name after a description is the subject",
			"The environmental agency Ambiente has refused to approve the licence.", "Ambiente", "refused", "nsubj"},
		{"the description is a compound of the name",
			"The US firm Boeing said it would cut 500 jobs.", "firm", "Boeing", "compound"},
		{"a description that is another verb's subject keeps its relative clause",
			"The report Mr Osei wrote was leaked to the press.", "wrote", "report", "acl:relcl"},
	})
}
