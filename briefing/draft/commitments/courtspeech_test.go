package commitments

import "testing"

// TestPronounInWhatCourtOfficersSay checks that "he" or "she" in words a
// lawyer, prosecutor or judge is reported to say is the defendant the
// report is about, not the officer of the court who spoke last, whether
// the lawyer is known by role, by the side they speak for or by the
// client they speak of.
func TestPronounInWhatCourtOfficersSay(t *testing.T) {
	checkActors(t, []actorCase{
		{"a lawyer known by the side she speaks for, named after the words",
			"Rita Vance, 47, admitted theft at Harlow Crown Court. Defending, Joan Pell said her client was ashamed. " +
				"She agreed to repay the money, Ms Pell said.",
			[]string{"Rita Vance|Vance/person", "Joan Pell|Pell/person"}, "Rita Vance"},
		{"a lawyer of the other sex reporting after a prosecutor of the same sex spoke",
			"Mary Holt, 52, admitted fraud at Calder Crown Court. Prosecutor Anne Reid said Holt had spent the money on holidays. " +
				"In mitigation, Tom Brand, defending, said his client was ashamed. She had agreed to sell her home, he said.",
			[]string{"Mary Holt|Holt/person", "Anne Reid/person/Prosecutor", "Tom Brand/person"}, "Mary Holt"},
		{"a barrister by role after a judge of the same sex",
			"Judge Clare Moss told the court that Nora Finch, 60, had betrayed the trust of the charity. " +
				"Her barrister, Owen Kerr, told the court she had repaid £4,000. He said she would sign over her share of a farm.",
			[]string{"Clare Moss/person/Judge", "Nora Finch/person", "Owen Kerr/person/barrister"}, "Nora Finch"},
		{"a judge speaking of herself is still herself",
			"Judge Clare Moss said she would step down next year.",
			[]string{"Clare Moss/person/Judge"}, "Clare Moss"},
	})
}

// TestSexReadFromAPronounAfterTheName checks that a person with no title
// is known as a man or a woman by the "his" or "her" that follows their
// name in its sentence before anyone else is named, so that a "she" later
// passes over a man named since.
func TestSexReadFromAPronounAfterTheName(t *testing.T) {
	checkActors(t, []actorCase{
		{"a woman, then a man known by his pronoun",
			"Lena Hart founded the bakery in 2004. Dennis Cole reported his concerns to the board in March. " +
				"She has agreed to step down as chair.",
			[]string{"Lena Hart/person", "Dennis Cole/person"}, "Lena Hart"},
	})
}
