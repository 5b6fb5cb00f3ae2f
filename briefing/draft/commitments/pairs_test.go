package commitments

import "testing"

// TestCountedPairIsThePairNamedTogether checks that a subject counting two
// sides ("both governments", "the two neighbours", "the two armies")
// stands for the two parties the text named as a pair joined by "and",
// not for whoever was named last, and that a pair noun with no pair named
// is left as written.
func TestCountedPairIsThePairNamedTogether(t *testing.T) {
	checkActors(t, []actorCase{
		{"both governments after a mediator is named",
			"Dravonia and Estmark exchanged 52 prisoners after months of talks hosted by Oman. Oman's foreign minister said both governments had agreed to a second exchange.",
			[]string{"Dravonia/country", "Estmark/country", "Oman/country"}, "Dravonia;Estmark"},
		{"both sides after an observer attended",
			"The ministers of Peru and Chile met in Lima, with Bolivia attending as an observer. Both sides agreed to share river data.",
			[]string{"Peru/country", "Chile/country", "Bolivia/country", "Lima/place"}, "Chile;Peru"},
		{"the two neighbours after a signing",
			"Kenya and Ethiopia signed the accord in Nairobi on Friday, officials said. The two neighbours will reopen the crossing at Moyale next month.",
			[]string{"Kenya/country", "Ethiopia/country", "Nairobi/place", "Moyale/place", "neighbours/group"}, "Ethiopia;Kenya"},
		{"the two armies of a place and a state named together",
			"Talks between Kessia and Varnland ended in Geneva, the United Nations said. The two armies will set up a hotline by March.",
			[]string{"Kessia/place", "Varnland/country", "United Nations/organisation", "Geneva/place"}, "Kessia;Varnland"},
		{"the two armies with no pair named",
			"Varnland said on Monday that the United Nations would send monitors. The two armies will set up a hotline by March.",
			[]string{"Varnland/country", "United Nations/organisation"}, "two armies"},
	})
}

// TestPairOfPeople checks that "both" alone stands for the two named
// together before it, "the ministers" for the two office holders a call
// or a meeting named (a secretary holding a minister's office), and
// "they" opening the next sentence for the same two.
func TestPairOfPeople(t *testing.T) {
	checkActors(t, []actorCase{
		{"both alone after two people named together",
			"TV presenter Tamsin Rourke and footballer Jake Delane have settled their divorce. Both have also agreed to a strict confidentiality clause.",
			[]string{"Tamsin Rourke/person", "Jake Delane/person"}, "Jake Delane;Tamsin Rourke"},
		{"the ministers after a call between a minister and a secretary",
			"Minister for Foreign Affairs Aino Lehtovaara held a telephone call with Kenya's Cabinet Secretary for Foreign Affairs, Daniel Wambua. The ministers agreed to hold consultations in Nairobi in June.",
			[]string{"Aino Lehtovaara/person/Minister for Foreign Affairs", "Daniel Wambua/person/Cabinet Secretary for Foreign Affairs", "Kenya/country", "Nairobi/place"}, "Aino Lehtovaara;Daniel Wambua"},
	})
	runCases(t, []commitmentCase{
		{"they after two ministers agreed",
			"Aino Lehtovaara held a telephone call with Daniel Wambua. The ministers agreed to hold consultations in June. They also agreed to conclude negotiations by the end of the year.",
			[]string{"Aino Lehtovaara/person/Minister for Foreign Affairs", "Daniel Wambua/person/Foreign Minister"}, nil,
			[]brief{{"Aino Lehtovaara;Daniel Wambua", "agreed", "", ""}, {"Aino Lehtovaara;Daniel Wambua", "agreed", "", ""}}},
	})
}
