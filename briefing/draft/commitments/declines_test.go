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

// TestRefusingToUnderstandIsRhetoric checks that refusing a state of mind
// refuses no commitment.
func TestRefusingToUnderstandIsRhetoric(t *testing.T) {
	runCases(t, []commitmentCase{
		{"refusing to understand double standards is rhetoric",
			"\"We refuse to understand these double standards,\" said Oleg Petrenko.", []string{"Oleg Petrenko/person"}, nil, nil},
		{"refusing to believe a report is rhetoric",
			"Oleg Petrenko refused to believe the report.", []string{"Oleg Petrenko/person"}, nil, nil},
	})
}
