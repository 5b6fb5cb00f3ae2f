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

// TestHoldersOfABody checks that those who hold a stake in a body or deal
// with it, named by "of" or "in" it ("creditors of Halden Steel",
// "shareholders of Corra Group"), act for themselves, not for the body.
func TestHoldersOfABody(t *testing.T) {
	checkActors(t, []actorCase{
		{"creditors of a firm",
			"Creditors of Halden Steel have refused to accept the offer.",
			[]string{"Halden Steel/organisation", "Creditors/group"}, "Creditors"},
		{"shareholders of a group",
			"Shareholders of Corra Group will vote on the merger in May, and the board agreed to recommend it.",
			[]string{"Corra Group/organisation", "Shareholders/group"}, "Corra Group"},
		{"shareholders of a group, alone",
			"Shareholders of Corra Group agreed to sell their stakes to Kestrel Bank.",
			[]string{"Corra Group/organisation", "Kestrel Bank/organisation", "Shareholders/group"}, "Shareholders"},
		{"investors in a firm",
			"Investors in Halden Steel pledged to inject new capital.",
			[]string{"Halden Steel/organisation", "Investors/group"}, "Investors"},
	})
}

// TestUnionAtAWorkplace checks that a union named by where its members
// work ("the largest staff union at both institutions") is not the
// workplace.
func TestUnionAtAWorkplace(t *testing.T) {
	checkActors(t, []actorCase{
		{"a union at two institutions after \", but\"",
			"Shannonbridge University and the Midlands College of Technology have agreed to merge, but the largest staff union at both institutions has refused to support the plan.",
			[]string{"Shannonbridge University/organisation", "Midlands College of Technology/organisation"}, "largest staff union at both institutions"},
		{"associations in two countries after those countries' deal",
			"Kenya and Ethiopia have agreed to reopen the border crossing. Truck drivers' associations in both countries warned that they would boycott the route if attacks resumed.",
			[]string{"Kenya/country", "Ethiopia/country"}, "Truck drivers' associations in both countries"},
		{"officials in two countries stand for them",
			"Kenya and Ethiopia have agreed to reopen the border crossing. Officials in both countries said they would carry out joint patrols.",
			[]string{"Kenya/country", "Ethiopia/country"}, "Ethiopia;Kenya"},
	})
}
