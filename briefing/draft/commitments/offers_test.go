package commitments

import "testing"

// TestHabitualOffersAreNoProposals checks that what a business offers in
// the simple present is what it sells, while an offer of a sum or to act
// proposes.
func TestHabitualOffersAreNoProposals(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a firm that offers games sells them",
			"Lindqvist Games is a firm that offers online role-playing games.", []string{"Lindqvist Games/organisation"}, nil, nil},
		{"banks that offer services sell them",
			"Islamic banks offer services which respect the ban on interest.", nil, nil, nil},
		{"a number of things a business already offers it sells",
			"Home Choice already offers 10,000 hours of shows and channels.", []string{"Home Choice/organisation"}, nil, nil},
		{"offering a sum proposes it",
			"Kessel Homes offers $2bn for Brant Estates.", []string{"Kessel Homes/organisation", "Brant Estates/organisation"}, nil,
			[]brief{{"Kessel Homes", "proposed", "", ""}}},
		{"an offered rise proposes it",
			"Metrovia offered an 8% increase in wages.", []string{"Metrovia/organisation"}, nil,
			[]brief{{"Metrovia", "proposed", "", ""}}},
		{"offering to act proposes it",
			"Metrovia offers to suspend the fare rise.", []string{"Metrovia/organisation"}, nil,
			[]brief{{"Metrovia", "proposed", "", ""}}},
	})
}
