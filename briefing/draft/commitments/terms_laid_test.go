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
		{"what happens under a deal without an act is no term",
			"Peru and Bolivia signed a transit accord on Monday. Under the accord, freight costs will fall by a third.",
			[]string{"Peru/country", "Bolivia/country"}, nil,
			[]brief{{"Bolivia;Peru", "signed", "", ""}}},
	})
}
