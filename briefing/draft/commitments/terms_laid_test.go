package commitments

import "testing"

// TestWhatAnAgreementLaysDown checks what will happen, under an agreement
// or a plan, to things and places that cannot act: a term of the parties
// of the agreement, or a measure of the plan's maker, from the story.
func TestWhatAnAgreementLaysDown(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a crossing that will reopen under an agreement is a term of its parties",
			"Peru and Bolivia signed a transit accord on Monday. Under the accord, the rail link to the coast will reopen in June.",
			[]string{"Peru/country", "Bolivia/country"}, []string{"in June=2026-06"},
			[]brief{{"Bolivia;Peru", "signed", "", ""}, {"Bolivia;Peru", "agreed", "2026-06", ""}}},
		{"a passive measure under a deal is a term too",
			"Arlan Foods signed a settlement with the regulator. Under the settlement, its two plants will be inspected every year.",
			[]string{"Arlan Foods/organisation", "regulator/organisation"}, nil,
			[]brief{{"Arlan Foods", "signed", "", ""}, {"Arlan Foods", "agreed", "", ""}}},
		{"a ward that will close under a plan is the plan maker's measure",
			"The Wyvern health board will cut its spending by a tenth. Under the plan, the children's ward will close at night.",
			[]string{"Wyvern health board/organisation"}, nil,
			[]brief{{"Wyvern health board", "intends", "", ""}, {"Wyvern health board", "intends", "", ""}}},
		{"what a body will do under a plan agreed with another is agreed",
			"Under a compliance plan agreed with the regulator, Pixelnest will delete the data by 30 September.",
			[]string{"Pixelnest/organisation"}, []string{"by 30 September=2026-09-30"},
			[]brief{{"Pixelnest", "agreed", "", "2026-09-30"}}},
		{"offices a side will take under a deal are a term it agreed",
			"The Centre Party and the Green Union signed a coalition agreement on Wednesday. Under the deal, the Centre Party will take nine of the 16 cabinet posts.",
			[]string{"Centre Party/organisation", "Green Union/organisation"}, nil,
			[]brief{{"Centre Party;Green Union", "signed", "", ""}, {"Centre Party", "agreed", "", ""}}},
		{"what happens under a deal without an act is no term",
			"Peru and Bolivia signed a transit accord on Monday. Under the accord, freight costs will fall by a third.",
			[]string{"Peru/country", "Bolivia/country"}, nil,
			[]brief{{"Bolivia;Peru", "signed", "", ""}}},
	})
}
