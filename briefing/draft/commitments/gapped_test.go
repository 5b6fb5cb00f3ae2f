package commitments

import "testing"

// TestGappedPledges checks that the donors listed with sums after a
// giving verb's own sum, the verb left out, each make a pledge of their
// own, and that a clause with a verb of its own after the sum is no such
// item.
func TestGappedPledges(t *testing.T) {
	runCases(t, []commitmentCase{
		{"two donors joined by and",
			"Japan pledged $25 million and Canada C$45 million.",
			[]string{"Japan/country", "Canada/country"}, nil,
			[]brief{{"Japan", "pledged", "", ""}, {"Canada", "pledged", "", ""}}},
		{"three donors, a currency's code and a phrase after a sum",
			"The United Kingdom committed £80 million, the European Commission €100 million from the EU budget, and Denmark DKK 700 million.",
			[]string{"United Kingdom/country", "European Commission/organisation", "Denmark/country", "European Union|EU/organisation"}, nil,
			[]brief{{"United Kingdom", "pledged", "", ""}, {"European Commission", "pledged", "", ""}, {"Denmark", "pledged", "", ""}}},
		{"a clause of its own after the sum",
			"Kenya pledged $5 million, and Uganda said it would follow.",
			[]string{"Kenya/country", "Uganda/country"}, nil,
			[]brief{{"Kenya", "pledged", "", ""}, {"Uganda", "intends", "", ""}}},
	})
}
