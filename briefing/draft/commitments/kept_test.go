package commitments

import "testing"

// TestMeasuresKeptInForce checks that a measure a body imposes, or a site
// it runs, said to stay as it is, is the announced decision of whoever
// says so, kept on a condition when an "until" clause gives one; and
// that prices or people that stay as they are decide nothing.
func TestMeasuresKeptInForce(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a bloc keeps its suspension until order returns",
			"The Sahel Union said the suspension would remain in force until constitutional order was restored.",
			[]string{"Sahel Union/organisation"}, nil,
			[]brief{{"Sahel Union", "conditional", "", ""}}},
		{"a council keeps its schools closed",
			"Tarnby District Council said schools would stay closed on Monday.",
			[]string{"Tarnby District Council/organisation"}, nil,
			[]brief{{"Tarnby District Council", "intends", "", ""}}},
		{"a ministry keeps its curfew in place",
			"The Varnian interior ministry said the curfew would stay in place for another week.",
			[]string{"Varnian interior ministry/organisation"}, nil,
			[]brief{{"Varnian interior ministry", "intends", "", ""}}},
		{"prices that remain high are a forecast",
			"The ministry said prices would remain high.", nil, nil, nil},
		{"a named owner's sites told by another are not the teller's",
			"The union said Brenmoor's depots would stay closed.",
			[]string{"Brenmoor/organisation"}, nil, nil},
	})
}
