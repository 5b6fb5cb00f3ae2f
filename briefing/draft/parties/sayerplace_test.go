package parties

import "testing"

func TestNameBeforeASpeakingOfficeIsNoPerson(t *testing.T) {
	checkPartyCases(t, []partyCase{
		{"a place before a comma and an office that speaks is no person",
			"Speaking at a meeting of forest nations in Belem, the president said the money would be paid over five years.",
			nil, []string{"Belem"}},
		{"a name with a regnal number after an article is a thing, no person",
			"Fishing communities have accused the Gibe III dam of cutting the lake's inflow since it opened in 2016.",
			nil, []string{"Gibe III"}},
		{"a name with a regnal number stays a person without the article",
			"King Leopold III surrendered in 1940. Leopold III died in 1983.",
			[]string{"Leopold III"}, nil},
	})
}

func TestTownsNamedInAList(t *testing.T) {
	checkKinds(t, []kindCase{
		{"the people of a list of villages", "We made a promise to the people of Ano Vrysi, Lefkochori and Pyrgaki, and we will keep it.", "Lefkochori", "place"},
		{"residents of a village, capitalised", "Residents of Lefkochori said they would rebuild.", "Lefkochori", "place"},
		{"the sites of a list after \"at\"", "The ministers agreed to reopen the crossings at Aflao, Kpoglu and Batoumé by 15 February.", "Kpoglu", "place"},
		{"the sites of a list after \"at\" in a sentence that counts countries",
			"The foreign ministers of both countries signed a memorandum that commits both sides to reopen the crossings at Aflao, Kpoglu and Batoumé by 15 February.", "Batoumé", "place"},
		{"the workplaces of a list after \"at\" are bodies", "Analysts at Halvard, Brenner and Vestby said prices would rise.", "Brenner", "organisation"},
	})
	checkPartyCases(t, []partyCase{
		{"the villages of a list after \"in\" are places, not bodies",
			"The fires destroyed 400 homes in Ano Vrysi, Lefkochori and Pyrgaki.", nil, []string{"Lefkochori", "Pyrgaki"}},
		{"the towns of a list after \"across\" are places, not bodies",
			"Redline Buses, which operates more than 60 routes across Caldermoor, Ashby Vale and Tollerton, said it was disappointed.", []string{"Redline Buses"}, []string{"Tollerton"}},
	})
}
