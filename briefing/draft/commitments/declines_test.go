package commitments

import "testing"

// TestDecliningOverTimeIsNoRefusal checks that "decline" with a stretch
// of time for its object tells a fall, not a refusal.
func TestDecliningOverTimeIsNoRefusal(t *testing.T) {
	runCases(t, []commitmentCase{
		{"profits that may decline this year fall",
			"Sorel Steel warned that its profits may decline this year.", []string{"Sorel Steel/organisation"}, nil, nil},
		{"declining an offer refuses it",
			"Sorel Steel declined the offer from Harbin Metals.",
			[]string{"Sorel Steel/organisation", "Harbin Metals/organisation"}, nil,
			[]brief{{"Sorel Steel", "refused", "", ""}}},
	})
}
