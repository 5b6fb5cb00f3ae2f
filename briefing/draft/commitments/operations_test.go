package commitments

import "testing"

// TestClosingMeasures checks that a site, service or scheme said to open,
// close or move is the announced decision of whoever runs it, and that a
// forecast of others or a thing that opens on its own is none.
func TestClosingMeasures(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a company says its plant will close",
			"Brenmoor Textiles said the plant would close in March.",
			[]string{"Brenmoor Textiles/organisation"}, nil,
			[]brief{{"Brenmoor Textiles", "intends", "", ""}}},
		{"an agency says its scheme will open",
			"The Halden Housing Agency said the scheme would open to applicants in May.",
			[]string{"Halden Housing Agency/organisation"}, nil,
			[]brief{{"Halden Housing Agency", "intends", "", ""}}},
		{"production to move is the operator's plan",
			"Kelso Components said production would move to its plant in Aldridge.",
			[]string{"Kelso Components/organisation", "Aldridge/place"}, nil,
			[]brief{{"Kelso Components", "intends", "", ""}}},
		{"a council says its library is to reopen",
			"Tarnby District Council said the library is to reopen after repairs.",
			[]string{"Tarnby District Council/organisation"}, nil,
			[]brief{{"Tarnby District Council", "intends", "", ""}}},
		{"a closure told after the operator's own plan is its measure",
			"Brenmoor Textiles is to cut 300 jobs. The plant will close in March.",
			[]string{"Brenmoor Textiles/organisation"}, nil,
			[]brief{{"Brenmoor Textiles", "intends", "", ""}, {"Brenmoor Textiles", "intends", "", ""}}},
		{"a closure that analysts foresee is a forecast",
			"Analysts said the plant would close within a year.", nil, nil, nil},
		{"markets that open higher do not decide it",
			"Markets will open higher on Monday, traders said.", nil, nil, nil},
		{"a plant of a named owner told by another is not the teller's",
			"The union said Brenmoor's plant would close in March.",
			[]string{"Brenmoor/organisation"}, nil, nil},
		{"prices that move do not move anywhere",
			"The ministry said prices would move sharply.", nil, nil, nil},
	})
}

// TestSiteNamedByItsPlaceCloses checks that a site named by the place it
// is in ("the Wexley site") closes by its operator's decision, as "the
// site" does.
func TestSiteNamedByItsPlaceCloses(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a site named by its town",
			"Brennard Foods said it would close its factory in Wexley. The Wexley site will close by the end of June next year.",
			[]string{"Brennard Foods/organisation"}, nil,
			[]brief{{"Brennard Foods", "intends", "", ""}, {"Brennard Foods", "intends", "", ""}}},
	})
}
