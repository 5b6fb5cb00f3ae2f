package commitments

import "testing"

// TestScheduledActs checks that an act a party has set a day for, told
// with will or would, is its intention, while the same verbs with no day
// set, or with a subject that cannot act, commit no one.
func TestScheduledActs(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a reception set for a day, reported by an office",
			"President Lena Sorvik would receive the leaders of all five parties on Wednesday, her office said.",
			[]string{"Lena Sorvik/person/President"}, nil,
			[]brief{{"Lena Sorvik", "intends", "", ""}}},
		{"a journey set for next week",
			"Trade Minister Joel Amadu will travel to Lagos next week.",
			[]string{"Joel Amadu/person/Trade Minister"}, nil,
			[]brief{{"Joel Amadu", "intends", "", ""}}},
		{"a decision set for next year",
			"The board of Kelso Mining would decide early next year, a spokesman said.",
			[]string{"Kelso Mining/organisation"}, nil,
			[]brief{{"Kelso Mining", "intends", "", ""}}},
		{"a review set for a meeting on a date",
			"Carl Dunn said the cabinet of Ostmark would consider the case at its meeting on 24 June.",
			[]string{"Carl Dunn/person", "Ostmark/country"}, nil,
			[]brief{{"Ostmark", "intends", "", ""}}},
		{"a reply that she would go on a day",
			"Ms Rhee replied that she would go there on Friday.",
			[]string{"Rhee/person"}, nil,
			[]brief{{"Rhee", "intends", "", ""}}},
		{"a visit with no day set is no plan told",
			"Trade Minister Joel Amadu will go to Lagos.",
			[]string{"Joel Amadu/person/Trade Minister"}, nil, nil},
		{"a bill going before a house on a day is no act of its own",
			"The Harbour Rail Bill will go before the House of Commons on 23 February.",
			[]string{"Harbour Rail/organisation"}, nil, nil},
		{"prices going up on a day are no one's act",
			"Prices will go up on Monday.", nil, nil, nil},
		{"a decision with no day set stays open",
			"The board of Kelso Mining will decide on the merger.",
			[]string{"Kelso Mining/organisation"}, nil, nil},
	})
}

// TestAssignedActs checks that an action list's items and headline-shaped
// sentences, a name and an infinitive, are acts the party is to do.
func TestAssignedActs(t *testing.T) {
	parties := []string{"Karen Delacroix/person", "Public Works Department/organisation"}
	runCases(t, []commitmentCase{
		{"action items",
			"ACTION ITEMS\n- City Manager Karen Delacroix to sign the KCC contract by June 19, 2026.\n- Public Works Department to post detour signs before bridge work begins.",
			parties, []string{"June 19, 2026=2026-06-19"},
			[]brief{{"Karen Delacroix", "intends", "", "2026-06-19"}, {"Public Works Department", "intends", "", ""}}},
		{"decisions of a summit's conclusions, names after their article and with their acronyms",
			"Key points from the draft conclusions:\n- The European Commission to present a legal proposal by 31 January 2027\n- The European Investment Bank (EIB) to manage at least €25bn of the funds",
			[]string{"European Commission/organisation", "European Investment Bank|EIB/organisation"}, []string{"31 January 2027=2027-01-31"},
			[]brief{{"European Commission", "intends", "", "2027-01-31"}, {"European Investment Bank", "intends", "", ""}}},
	})
}
