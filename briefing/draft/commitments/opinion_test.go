package commitments

import "testing"

// TestOpinionPieceByItsFoot checks that the "I" of an opinion piece is the
// author its last line names, that "my department" is the author's act,
// and that a wish to learn is no commitment.
func TestOpinionPieceByItsFoot(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the author named at the foot speaks as I",
			"OPINION\n\nLast Tuesday I stood at a standpipe with a grandmother. She wanted to know when her taps would work again.\n\nTomorrow I will take the Water Services Amendment Bill to Cabinet. My department also intends to publish a league table of water losses.\n\nLindiwe Mahlangu is South Africa's Minister of Water and Sanitation.",
			[]string{"Lindiwe Mahlangu/person/Minister of Water and Sanitation", "South Africa/country", "Cabinet/organisation"}, nil,
			[]brief{{"Lindiwe Mahlangu", "intends", "", ""}, {"Lindiwe Mahlangu", "intends", "", ""}}},
	})
}

// TestOrdersGivenAreNoPurchase checks that orders given or obeyed are
// commands, not orders placed.
func TestOrdersGivenAreNoPurchase(t *testing.T) {
	runCases(t, []commitmentCase{
		{"orders given",
			"Michael Lamberty said it was possible to sue the German federal agencies that gave the orders.",
			[]string{"Lufthansa/organisation"}, nil, nil},
		{"an order placed",
			"Lufthansa placed an order for 20 aircraft.",
			[]string{"Lufthansa/organisation"}, nil,
			[]brief{{"Lufthansa", "agreed", "", ""}}},
	})
}

// TestBoardOfTheDefinedCompany checks that "the Board" of a release is the
// company it defines on the line under its name, not the party it names
// most, and that a transcript labelled as a legislature's record gives
// each turn's "we" to its speaker.
func TestBoardOfTheDefinedCompany(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the company defined under its name",
			"Marlow Tidal Engineering plc\n(\"Marlow Tidal\", the \"Company\" or the \"Group\")\n\nPTP has agreed to award the second phase to the Group. PTP is a joint venture. PTP will pay for it.\n\nThe Board has ruled out an equity raise to fund the contract.",
			[]string{"Marlow Tidal Engineering plc/organisation", "PTP/organisation"}, nil,
			[]brief{{"PTP", "agreed", "2020-08-31", ""}, {"PTP", "intends", "", ""}, {"Marlow Tidal Engineering plc", "refused", "2020-08-31", ""}}},
		{"a turn of a legislature's record",
			"Senator HOLLOWAY. How many controllers will you hire?\n\nMr. REYES. Thank you, Madam Chair. We will deliver a full staffing report to this subcommittee by April 30.",
			[]string{"Ruth Holloway/person/Senator", "Daniel Reyes/person/Deputy Administrator"}, nil,
			[]brief{{"Daniel Reyes", "pledged", "", ""}}},
	})
}
