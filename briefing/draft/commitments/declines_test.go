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

// TestChoosingNotToActIsRefusal checks that deciding or voting not to act
// is a refusal, while agreeing not to act stays an agreement.
func TestChoosingNotToActIsRefusal(t *testing.T) {
	parties := []string{"Halden Council/organisation", "Ostrava/country", "Vestby/country"}
	runCases(t, []commitmentCase{
		{"decided not to",
			"Halden Council has decided not to award the second contract.", parties, nil,
			[]brief{{"Halden Council", "refused", "2020-08-31", ""}}},
		{"voted not to",
			"Halden Council voted not to renew the lease.", parties, nil,
			[]brief{{"Halden Council", "refused", "", ""}}},
		{"agreed not to",
			"Ostrava and Vestby agreed not to deploy troops near the border.", parties, nil,
			[]brief{{"Ostrava;Vestby", "agreed", "", ""}}},
	})
}

// TestDecliningToGiveEvidenceIsRefusal checks that a witness declining to
// give evidence refuses, while declining to give details is no more than
// declining to comment.
func TestDecliningToGiveEvidenceIsRefusal(t *testing.T) {
	parties := []string{"Sorel Marine Ltd/organisation"}
	runCases(t, []commitmentCase{
		{"declining to give evidence refuses",
			"Sorel Marine Ltd declined to give evidence in person.", parties, nil,
			[]brief{{"Sorel Marine Ltd", "refused", "", ""}}},
		{"declining to give details comments",
			"Sorel Marine Ltd declined to give details of the deal.", parties, nil, nil},
	})
}
