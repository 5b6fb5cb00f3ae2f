package commitments

import "testing"

// TestCounterpartsActForThemselves checks that those a body deals with,
// named by their part ("its lenders", "its administrators"), are not the
// body that owns the phrase, and that an office a firm was appointed to
// names that firm.
func TestCounterpartsActForThemselves(t *testing.T) {
	checkActors(t, []actorCase{
		{"administrators named by the appointment after them",
			"Pembury's collapsed into administration on Tuesday, and its administrators immediately agreed to sell 20 stores to Halden Group. " +
				"Kestrel Restructuring, which was appointed administrator on Tuesday morning, is based in Leeds.",
			[]string{"Pembury's/organisation", "Halden Group/organisation", "Kestrel Restructuring/organisation"}, "Kestrel Restructuring"},
		{"administrators appointed by a passive before",
			"Grant Harlow were appointed joint administrators of Dunmore Foods on Monday. The administrators have agreed to sell the bakery division.",
			[]string{"Grant Harlow/organisation", "Dunmore Foods/organisation"}, "Grant Harlow"},
		{"lenders led by a bank are the bank, not the borrower",
			"Pembury's had been losing money for three years, and its lenders, led by Carrow Bank, refused last week to extend a credit facility.",
			[]string{"Pembury's/organisation", "Carrow Bank/organisation"}, "Carrow Bank"},
	})
}

// TestTheyOfAConjoinedClause checks that "they" opening a clause joined
// to one whose subject is a plural noun stands for what that noun does.
func TestTheyOfAConjoinedClause(t *testing.T) {
	checkActors(t, []actorCase{
		{"a union's members in a quote, another body named more",
			"Skylane cancelled 200 flights on Monday. Skylane Airways will pay compensation, and Skylane's chief executive apologised. " +
				"\"Our members do not want to ruin anyone's holiday, but they will not accept a pay cut in real terms,\" said Niamh Carroll of the cabin crew association.",
			[]string{"Skylane Airways/organisation", "Niamh Carroll/person"},
			"Niamh Carroll"},
	})
}

// TestUnionOfCrew checks that a body named for the crew it represents is
// "the union".
func TestUnionOfCrew(t *testing.T) {
	checkActors(t, []actorCase{
		{"a cabin crew association",
			"The Irish Cabin Crew Association (ICCA) is seeking a 12% pay rise. Skylane has offered 4%. " +
				"ICCA general secretary Niamh Carroll said the union would call off further action if Skylane made an improved offer by Friday.",
			[]string{"Irish Cabin Crew Association/organisation", "Niamh Carroll/person", "Skylane/organisation"}, "Irish Cabin Crew Association"},
	})
}

// TestSpeakerForAPersonTellsOfThem checks that "he" or "she" in what is
// said by one who speaks for a person named as its owner ("Morovets's
// employer") is that person, not the speaker.
func TestSpeakerForAPersonTellsOfThem(t *testing.T) {
	checkActors(t, []actorCase{
		{"an employer drafted as a person",
			"Ilya Morovets was freed on Monday. Interior Minister Karel Dunst rejected the deal. " +
				"Morovets's employer, the independent daily Dravski Glas, said he would take several weeks off before returning to work.",
			[]string{"Ilya Morovets/person", "Karel Dunst/person", "Dravski Glas/person"}, "Ilya Morovets"},
		{"a player's agent",
			"Lena Vos scored twice on Saturday. Coach Tom Bakker praised the team. Vos's agent said she would sign a new contract in June.",
			[]string{"Lena Vos/person", "Tom Bakker/person"}, "Lena Vos"},
	})
}

// TestRegionActsThroughItsGovernment checks that the government of a
// region whose name holds "and" is the region, beside the state.
func TestRegionActsThroughItsGovernment(t *testing.T) {
	checkActors(t, []actorCase{
		{"a regional government after a state's",
			"Spain and the regional government of Castile and León will give carmaker Voltara Motors 610 million euros in grants.",
			[]string{"Spain/country", "Castile and León/place", "Voltara Motors/organisation"}, "Castile and León;Spain"},
	})
}

// TestTownActsAsThePlaceNamed checks that "the city" or "the town" with
// no body so named is the place named shortly before as more than a
// setting.
func TestTownActsAsThePlaceNamed(t *testing.T) {
	checkActors(t, []actorCase{
		{"the city after its name",
			"The city of Cologne is to evacuate about 8,000 residents from the districts of Rodenkirchen and Porz tonight, mayor Jörg Hinterseer told a press conference. " +
				"The city said schools in the two districts would stay closed on Monday and Tuesday.",
			[]string{"Cologne/place", "Rodenkirchen/place", "Porz/place", "Jörg Hinterseer/person"}, "Cologne"},
		{"a council named after the place acts for it",
			"Harwick City Council met on Monday. Harwick will host the games. The city will open the course to clubs.",
			[]string{"Harwick City Council/organisation", "Harwick/place"}, "Harwick City Council"},
	})
}
