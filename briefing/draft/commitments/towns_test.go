package commitments

import "testing"

// TestRegionActsThroughItsGovernment checks that the government of a
// region whose name holds "and" is the region, beside the state.
func TestRegionActsThroughItsGovernment(t *testing.T) {
	checkActors(t, []actorCase{
		{"a regional government after a state's",
			"Spain and the regional government of Castile and León will give carmaker Voltara Motors 610 million euros in grants.",
			[]string{"Spain/country", "Castile and León/place", "Voltara Motors/organisation"}, "Castile and León;Spain"},
		{"a province's government named by its possessive",
			"Alberta's government said on Tuesday that it would refuse to administer the cap.",
			[]string{"Alberta/place"}, "Alberta"},
	})
}

// TestRegulatorNamedByWhatItOversees checks that "the regulator" is the
// body whose name says what it oversees, though it is called a board.
func TestRegulatorNamedByWhatItOversees(t *testing.T) {
	checkActors(t, []actorCase{
		{"a conduct board",
			"The Financial Conduct Board fined Marlow Savings Bank €14m on Tuesday. The regulator rejected Marlow's request to pay the fine in two instalments.",
			[]string{"Financial Conduct Board/organisation", "Marlow Savings Bank|Marlow/organisation"}, "Financial Conduct Board"},
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
