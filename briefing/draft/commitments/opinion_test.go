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
