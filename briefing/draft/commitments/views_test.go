package commitments

import "testing"

// TestAgreeingWithAViewCommitsToNothing checks that "agree that" commits
// only when its clause settles an act to come.
func TestAgreeingWithAViewCommitsToNothing(t *testing.T) {
	runCases(t, []commitmentCase{
		{"agreeing that something was so shares a view",
			"Analyst Rhona Teale agreed that the March figures were weaker than expected.",
			[]string{"Rhona Teale/person"}, nil, nil},
		{"agreeing that something is so shares a view",
			"Mayor Ilan Porter agreed that the bridge needs repairs.", []string{"Ilan Porter/person"}, nil, nil},
		{"agreeing that one need not act shares a view",
			"\"I agree that we do not need to cut supply,\" said Omar Zelig.", []string{"Omar Zelig/person"}, nil, nil},
		{"agreeing that an act would follow settles it",
			"Corvia and Dastan agreed that their troops would leave the valley by May.",
			[]string{"Corvia/country", "Dastan/country"}, nil,
			[]brief{{"Corvia;Dastan", "agreed", "", ""}}},
		{"agreeing that talks are to resume settles them",
			"Corvia and Dastan agreed that talks are to resume in Geneva.",
			[]string{"Corvia/country", "Dastan/country"}, nil,
			[]brief{{"Corvia;Dastan", "agreed", "", ""}}},
		{"agreeing to an act is unchanged",
			"Tollan Bank agreed to pay $40m to settle the claims.", []string{"Tollan Bank/organisation"}, nil,
			[]brief{{"Tollan Bank", "agreed", "", ""}}},
	})
}
