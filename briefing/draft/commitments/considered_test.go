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
