package commitments

import "testing"

// TestCaptiveFreedOnSpeakersWord checks that a speaker who says a named
// person will be freed pledges it, while what befalls a person in the
// passive otherwise ("will be sentenced") is no commitment.
func TestCaptiveFreedOnSpeakersWord(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a leader says a detainee will be freed",
			"General Abdourahamane Tiani said in a televised address that Salem Bazoum would be freed as a gesture of reconciliation.",
			[]string{"Abdourahamane Tiani|Tiani/person/General", "Salem Bazoum/person"}, nil,
			[]brief{{"Abdourahamane Tiani", "pledged", "", ""}}},
		{"a sentence to come befalls him",
			"Salem Bazoum will be sentenced on Friday, the court said.",
			[]string{"Salem Bazoum/person"}, nil, nil},
	})
}
