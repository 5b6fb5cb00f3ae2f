package commitments

import "testing"

// TestTheDefenceIsTheDefendant checks that "the defence" a defendant's
// lawyer says will act is the defendant, and that a lawyer who "added"
// something after a quotation is still the one speaking.
func TestTheDefenceIsTheDefendant(t *testing.T) {
	checkActors(t, []actorCase{
		{"the defence in what the lawyer added after his quotation",
			"Marek Holt, 41, was charged on Monday with fraud. Mr Holt's lawyer, Ada Obi, said her client denied the charges. “He has done nothing wrong,” Ms Obi said. She added that the defence would apply for bail.",
			[]string{"Marek Holt|Holt/person", "Ada Obi|Obi/person/lawyer"}, "Marek Holt"},
		{"the defence team a lawyer says will appeal",
			"Lena Cray was convicted of theft. Her solicitor, Tom Reade, said the defence team would lodge an appeal.",
			[]string{"Lena Cray|Cray/person", "Tom Reade|Reade/person/solicitor"}, "Lena Cray;Tom Reade"},
		{"her client in the words of a lawyer the text gives no office",
			"Helen Marsden, 52, admitted fraud. Defending, Nadia Farouk said her client had agreed to sell her share of the family home.",
			[]string{"Helen Marsden|Marsden/person", "Nadia Farouk|Farouk/person"}, "Helen Marsden"},
	})
}
