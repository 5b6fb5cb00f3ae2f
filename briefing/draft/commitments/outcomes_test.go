package commitments

import "testing"

// TestExpectedOutcomesAreForecasts checks that "expects to" commits when
// what follows is an act, not a result the subject forecasts for itself.
func TestExpectedOutcomesAreForecasts(t *testing.T) {
	runCases(t, []commitmentCase{
		{"expecting to double sales forecasts a result",
			"Brevik Motors expects to double sales to 400,000 cars.", []string{"Brevik Motors/organisation"}, nil, nil},
		{"expecting to move into the black forecasts a result",
			"Lindqvist Paper expects to move into the black next year.", []string{"Lindqvist Paper/organisation"}, nil, nil},
		{"expecting to keep boosting turnover forecasts a result",
			"Ardent Breweries expects to keep boosting its turnover.", []string{"Ardent Breweries/organisation"}, nil, nil},
		{"expecting to see others act forecasts what happens",
			"Analyst Pia Holm said she expected to see other buyers.", []string{"Pia Holm/person"}, nil, nil},
		{"not expecting to cut jobs forecasts, refuses nothing",
			"Dunmore Chemicals said it did not expect to cut jobs as a result of the ruling.", []string{"Dunmore Chemicals/organisation"}, nil, nil},
		{"not expecting to sign forecasts, refuses nothing",
			"Brevik Motors does not expect to sign a final agreement with Kallio this year.",
			[]string{"Brevik Motors/organisation", "Kallio/organisation"}, nil, nil},
		{"what one would expect on a condition is a forecast",
			"\"If parliament balks, I would expect fighting to resume before the rainy season,\" said Pia Holm, an analyst.", []string{"Pia Holm/person"}, nil, nil},
		{"expecting to release a report is an intention",
			"The sheriff's office said it expects to release its full report within 30 days.",
			[]string{"sheriff's office/organisation"}, nil,
			[]brief{{"sheriff's office", "intends", "", ""}}},
		{"expecting to sign an agreement is an intention",
			"Brevik Motors expects to sign a final agreement with Kallio by the spring.",
			[]string{"Brevik Motors/organisation", "Kallio/organisation"}, nil,
			[]brief{{"Brevik Motors", "intends", "", ""}}},
	})
}

// TestExpectedActOnAColouredThing checks that a colour word on an object
// is not read as a result.
func TestExpectedActOnAColouredThing(t *testing.T) {
	runCases(t, []commitmentCase{
		{"expecting to cut red tape is an intention",
			"Brevik Council expects to cut red tape for small builders.", []string{"Brevik Council/organisation"}, nil,
			[]brief{{"Brevik Council", "intends", "", ""}}},
	})
}
