package commitments

import "testing"

// TestHeldIntentions checks that a party that has no
// intention or no plans to act refuses the act, while a plan it has is an
// intention and a plan it lacks for a thing refuses nothing.
func TestHeldIntentions(t *testing.T) {
	parties := []string{"Sorel Steel/organisation", "Halden Council/organisation"}
	runCases(t, []commitmentCase{
		{"no intention of a gerund",
			"Sorel Steel said it had no intention of selling its power business.", parties, nil,
			[]brief{{"Sorel Steel", "refused", "", ""}}},
		{"no plans to an infinitive",
			"Halden Council has no plans to raise parking charges.", parties, nil,
			[]brief{{"Halden Council", "refused", "", ""}}},
		{"not having plans",
			"Halden Council does not have any plans to raise parking charges.", parties, nil,
			[]brief{{"Halden Council", "refused", "", ""}}},
		{"a plan held is an intention",
			"Halden Council has plans to raise parking charges.", parties, nil,
			[]brief{{"Halden Council", "intends", "", ""}}},
		{"no plan for a thing refuses nothing",
			"Halden Council had no plan for the site.", parties, nil, nil},
	})
}
