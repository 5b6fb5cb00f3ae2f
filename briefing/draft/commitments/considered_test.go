package commitments

import "testing"

// TestRefusingToConsiderIsARefusal checks that "will not consider" a
// thing refuses it, on a condition when one is given, where "would
// consider" it leaves it open.
func TestRefusingToConsiderIsARefusal(t *testing.T) {
	runCases(t, []commitmentCase{
		{"will not consider refuses",
			"Castellan Foods will not consider an increase in the dividend.",
			[]string{"Castellan Foods/organisation"}, nil,
			[]brief{{"Castellan Foods", "refused", "", ""}}},
		{"will not consider unless is conditional",
			"Castellan Foods said it would not consider the request unless Harlow Mills paid its debts.",
			[]string{"Castellan Foods/organisation", "Harlow Mills/organisation"}, nil,
			[]brief{{"Castellan Foods", "conditional", "", ""}}},
		{"not considering a thing to be so is a view",
			"Castellan Foods does not consider the offer to be serious.",
			[]string{"Castellan Foods/organisation"}, nil, nil},
		{"would consider leaves it open",
			"Castellan Foods said it would consider an increase in the dividend.",
			[]string{"Castellan Foods/organisation"}, nil, nil},
	})
}

// TestConsideringThatIsAView checks that "considering that" a thing would
// be so gives a reason, no proposal.
func TestConsideringThatIsAView(t *testing.T) {
	runCases(t, []commitmentCase{
		{"considering that gives a reason",
			"The Regulatory Commission declined the offer, considering that a suspended sanction would be a stronger deterrent.",
			[]string{"Regulatory Commission/organisation"}, nil,
			[]brief{{"Regulatory Commission", "refused", "", ""}}},
	})
}

// TestProvidedToIsAPledge checks that giving something to a named
// recipient, said to come, pledges it, where the same act with no
// recipient is an intention.
func TestProvidedToIsAPledge(t *testing.T) {
	runCases(t, []commitmentCase{
		{"would issue visas to its personnel pledges",
			"The Government of Kasundi said it would issue visas to Mission personnel within 10 days.",
			[]string{"Government of Kasundi/country"}, nil, []brief{{"Government of Kasundi", "pledged", "", ""}}},
		{"will give every customer a refund pledges",
			"Kelvra will give every affected customer a full refund.",
			[]string{"Kelvra/organisation"}, nil, []brief{{"Kelvra", "pledged", "", ""}}},
		{"will issue new shares intends",
			"Kelvra will issue new shares next year.",
			[]string{"Kelvra/organisation"}, nil, []brief{{"Kelvra", "intends", "", ""}}},
		{"would pay a sum to those affected pledges",
			"Severnmoor Water said it would pay £1,000 to each of the 34 flooded households.",
			[]string{"Severnmoor Water/organisation"}, nil, []brief{{"Severnmoor Water", "pledged", "", ""}}},
		{"would refund a price pledges, with no one named to get it",
			"Corvane Pharma said it would refund the full price of any affected bottle.",
			[]string{"Corvane Pharma/organisation"}, nil, []brief{{"Corvane Pharma", "pledged", "", ""}}},
		{"will pay a visit to a country intends",
			"Foreign Minister Komi Adjo will pay an official visit to Castria next week.",
			[]string{"Komi Adjo/person", "Castria/country"}, nil, []brief{{"Komi Adjo", "intends", "", ""}}},
		{"will pay its own dividend intends",
			"Harcote will pay its final dividend of 6.5 pence per share in May.",
			[]string{"Harcote/organisation"}, nil, []brief{{"Harcote", "intends", "", ""}}},
	})
}
