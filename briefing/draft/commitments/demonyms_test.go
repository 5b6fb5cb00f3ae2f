package commitments

import "testing"

// TestStateNamedByItsAdjective checks that the adjective English makes
// from a state's name stands for that state where no mention was drafted
// for it, as the office of a person or with a noun for its government
// or its people: "his Ostravian counterpart" speaks for Ostravia,
// "Estmarkian officials" act for Estmark.
func TestStateNamedByItsAdjective(t *testing.T) {
	checkActors(t, []actorCase{
		{"a counterpart's quoted we",
			"Kelmar and Ostravia signed a missile treaty on Wednesday. It was signed by Kelmar's Defence Minister Rohan Deshmane and his Ostravian counterpart Irina Halvorsen. “We will keep our word,” Halvorsen said.",
			[]string{"Kelmar/country", "Ostravia/country", "Rohan Deshmane|Deshmane/person/Defence Minister", "Irina Halvorsen|Halvorsen/person/counterpart"}, "Irina Halvorsen;Ostravia"},
		{"officials of a state named by its adjective",
			"Dravonia accused Estmark of stalling. Estmarkian officials agreed on Monday to release the sailors within a week.",
			[]string{"Dravonia/country", "Estmark/country"}, "Estmark"},
		{"a government named by the adjective of a state ending in a",
			"Belova closed its border on Sunday. The Belovan government said it would reopen the crossing on Friday.",
			[]string{"Belova/country"}, "Belova"},
	})
}
