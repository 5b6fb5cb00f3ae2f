package syntax

import "testing"

func TestThatConjunctRepair(t *testing.T) {
	text := "Brazil's agriculture minister, Carlos Duarte, said his country would not accept \"conditions that no other partner faces\" and that Brasília intended to raise the matter at the World Trade Organization."
	checkRepairs(t, []repairCase{
		{"a second clause said, after \"and that\", joins the first", text, "intended", "accept", "conj"},
		{"what came before \"and\" goes back to the phrase the clause hung on", text, "faces", "conditions", "dep"},
		{"a clause after \"and that\" already joined stays",
			"The minister said the talks would resume and that both sides had agreed an agenda.", "agreed", "resume", "conj"},
	})
}
