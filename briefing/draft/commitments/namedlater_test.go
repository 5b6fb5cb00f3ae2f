package commitments

import "testing"

// TestSetNamedAfter checks "the four parties" told before the text names
// them, and "the party" for one of them.
func TestSetNamedAfter(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the four parties named in the next sentence",
			"The four parties negotiating to form the next government agreed a coalition programme on Wednesday. The Civic Union, the Social Democratic Alliance, the New Liberal Forum and the Rural Interest Party together hold 79 of the 150 seats.",
			[]string{"Civic Union/organisation", "Social Democratic Alliance/organisation", "New Liberal Forum/organisation", "Rural Interest Party/organisation"}, nil,
			[]brief{{"Civic Union;New Liberal Forum;Rural Interest Party;Social Democratic Alliance", "agreed", "", ""}}},
		{"the party is one of the four parties named before, not a body whose name holds the word",
			"The four parties negotiating to form the next government agreed a coalition programme on Wednesday. The Civic Union, the Social Democratic Alliance, the New Liberal Forum and the Rural Interest Party together hold 79 of the 150 seats. The Social Democratic Alliance's acceptance is not yet final: the party will put the deal to a vote of its members on Saturday.",
			[]string{"Civic Union/organisation", "Social Democratic Alliance/organisation", "New Liberal Forum/organisation", "Rural Interest Party/organisation"}, nil,
			[]brief{{"Civic Union;New Liberal Forum;Rural Interest Party;Social Democratic Alliance", "agreed", "", ""}, {"Social Democratic Alliance", "intends", "", ""}}},
		{"the four parties listed far from where they agree, their leaders named closer",
			"Tarn Social Democrat leader Karin Holm has just left the Riverside Palace. President Elena Marek met her. She said the four parties had agreed to raise the minimum wage. Later, Viktor Brann of the Sovereignty Party spoke. Negotiators from the Social Democrats, Green Left, Civic Liberals and Rural Party met at the palace in the morning.",
			[]string{"Karin Holm/person", "Elena Marek/person", "Riverside Palace/organisation", "Sovereignty Party/organisation", "Social Democrats/organisation", "Green Left/organisation", "Civic Liberals/organisation", "Rural Party/organisation"}, nil,
			[]brief{{"Civic Liberals;Green Left;Rural Party;Social Democrats", "agreed", "", ""}}},
		{"a number of parties with no article, named in a list that follows",
			"Three Veltrian parties signed a coalition agreement on Wednesday. The coalition brings together the Social Union, the Liberal Forum and the Rural Party after five months of talks.",
			[]string{"Social Union/organisation", "Liberal Forum/organisation", "Rural Party/organisation"}, nil,
			[]brief{{"Liberal Forum;Rural Party;Social Union", "signed", "", ""}}},
		{"two of a kind opening the story, named by those who speak next",
			"Two hospital trusts have agreed to merge next year.\n\nAshdown Valley NHS Trust and Merrow NHS Foundation Trust said the plan would save money.",
			[]string{"Ashdown Valley NHS Trust/organisation", "Merrow NHS Foundation Trust/organisation"}, nil,
			[]brief{{"Ashdown Valley NHS Trust;Merrow NHS Foundation Trust", "agreed", "2020-08-31", ""}}},
		{"the trusts after the two were named together",
			"Ashdown Valley NHS Trust and Merrow NHS Foundation Trust will share a chief executive. The trusts have committed to redeploying affected staff.",
			[]string{"Ashdown Valley NHS Trust/organisation", "Merrow NHS Foundation Trust/organisation"}, nil,
			[]brief{{"Ashdown Valley NHS Trust;Merrow NHS Foundation Trust", "intends", "", ""}, {"Ashdown Valley NHS Trust;Merrow NHS Foundation Trust", "pledged", "2020-08-31", ""}}},
		{"a number of countries with no article, then a list of others that act on their own",
			"Four countries rejected the plan on Monday. France, Spain, Italy and Greece backed it.",
			[]string{"France/country", "Spain/country", "Italy/country", "Greece/country"}, nil,
			[]brief{{"Four countries", "refused", "", ""}}},
	})
}

// TestBodyNamedLater checks that "the army" of a lead is the one body of
// that kind the text names further down, and that two such bodies leave
// it unresolved.
func TestBodyNamedLater(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the army of the lead, its forces named further down",
			"The army said it would withdraw its troops from Mabanga by the end of the month. The Lubwezi Defence Forces said in a statement that the move was a gesture of good faith.",
			[]string{"Lubwezi Defence Forces/organisation"}, nil,
			[]brief{{"Lubwezi Defence Forces", "intends", "", ""}}},
		{"two forces named further down: neither is the army of the lead",
			"The army said it would withdraw its troops from Mabanga by the end of the month. The Lubwezi Defence Forces and the Nalumbe Defence Forces had fought there since June.",
			[]string{"Lubwezi Defence Forces/organisation", "Nalumbe Defence Forces/organisation"}, nil,
			[]brief{{"army", "intends", "", ""}}},
	})
}

// TestPermittedHarm checks that denying leave for harm pledges to prevent
// it, where denying leave for a passage refuses it, and that a stressed
// "before" tells a time, no condition.
func TestPermittedHarm(t *testing.T) {
	runCases(t, []commitmentCase{
		{"will never allow a force to harm pledges",
			"Laos will never allow any force to use Lao territory to harm China.",
			[]string{"Laos/country", "China/country"}, nil, []brief{{"Laos", "pledged", "", ""}}},
		{"will not let it bring down the government before it has even started pledges",
			"\"We will not let this issue bring down the government before it has even started,\" Anneke Vries told reporters.",
			[]string{"Anneke Vries/person"}, nil, []brief{{"Anneke Vries", "pledged", "", ""}}},
		{"would not allow a convoy to pass refuses",
			"The Rapid Support Forces said they would not allow any convoy that serves the army to pass.",
			[]string{"Rapid Support Forces/organisation"}, nil, []brief{{"Rapid Support Forces", "refused", "", ""}}},
	})
}
