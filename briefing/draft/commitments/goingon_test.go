package commitments

import "testing"

// TestGoingOnWithAnAct checks "will continue to" with an act told by its
// maker, and an absolute clause with "with" whose noun agrees.
func TestGoingOnWithAnAct(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a state will continue to support another, its minister said",
			"China will continue to support Kenya in building its railways, Liu said.",
			[]string{"China/country", "Kenya/country", "Liu/person"}, nil,
			[]brief{{"China", "intends", "", ""}}},
		{"prices continuing to rise is no act",
			"Prices will continue to rise, analysts said.",
			nil, nil, nil},
		{"an absolute clause with agreeing",
			"Ardmore held talks with Velsia in Kelby on Friday, with the two sides agreeing to deepen cooperation in farming.",
			[]string{"Ardmore/country", "Velsia/country"}, nil,
			[]brief{{"Ardmore;Velsia", "agreed", "", ""}}},
	})
}
