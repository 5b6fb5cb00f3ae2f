package commitments

import "testing"

// TestFindingTheMeansIsAnAct checks that finding or making the means of an
// act (savings, a sum, a venue) after "would" is an intention, while
// finding something hard is none.
func TestFindingTheMeansIsAnAct(t *testing.T) {
	parties := []string{"Brennard Foods/organisation", "Sarah Lindqvist/person/Chief executive"}
	runCases(t, []commitmentCase{
		{"savings found",
			"Brennard Foods cut its forecast. Chief executive Sarah Lindqvist said the group would find £50m of annual savings by 2028.",
			parties, nil, []brief{{"Brennard Foods", "intends", "", "2028"}}},
		{"savings made",
			"Brennard Foods cut its forecast. Chief executive Sarah Lindqvist said the group would make savings of £20m.",
			parties, nil, []brief{{"Brennard Foods", "intends", "", ""}}},
		{"a venue found",
			"Brennard Foods cut its forecast. Chief executive Sarah Lindqvist said the group would find a new site for the plant.",
			parties, nil, []brief{{"Brennard Foods", "intends", "", ""}}},
		{"a judgement found",
			"Brennard Foods cut its forecast. Chief executive Sarah Lindqvist said the group would find it hard to compete.",
			parties, nil, nil},
	})
}
