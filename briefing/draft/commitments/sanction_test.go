package commitments

import "testing"

// A sanction announced for a demand that goes unmet ("failing which",
// "failing that", "or else") is a commitment that holds only if the demand
// fails: conditional, and the demand's dates are not the sanction's.
func TestCommitmentSanctionOfAnUnmetDemand(t *testing.T) {
	runCases(t, []commitmentCase{
		{"failing which after a deadline given to another",
			"The Korvan Union gave the ruling council until March 31 to present an election calendar, failing which it would impose a travel ban on its members.",
			[]string{"Korvan Union/organisation"}, []string{"March 31=2021-03-31"},
			[]brief{{"Korvan Union", "conditional", "", ""}}},
		{"failing which after a quoted demand",
			"The Korvan Union said its sanctions would stay in force. Leaders gave the ruling council until March 31 to present \"a credible calendar\", failing which the union would impose a travel ban.",
			[]string{"Korvan Union/organisation"}, []string{"March 31=2021-03-31"},
			[]brief{{"Korvan Union", "intends", "", ""}, {"Korvan Union", "conditional", "", ""}}},
		{"failing that after a deadline given to another",
			"The Korvan Union gave the ruling council until March 31 to present a calendar, failing that it would impose a travel ban.",
			[]string{"Korvan Union/organisation"}, []string{"March 31=2021-03-31"},
			[]brief{{"Korvan Union", "conditional", "", ""}}},
		{"failing that opening the next sentence",
			"The Korvan Union told the ruling council to free the detainees. Failing that, the union will impose a travel ban.",
			[]string{"Korvan Union/organisation"}, nil,
			[]brief{{"Korvan Union", "conditional", "", ""}}},
		{"or else after what the other side must do",
			"The Tesmark Water Board said the mill must stop its discharges by Friday, or else it would close the sluice.",
			[]string{"Tesmark Water Board/organisation"}, []string{"Friday=2020-09-04"},
			[]brief{{"Tesmark Water Board", "conditional", "", ""}}},
		{"talks that are failing set no condition",
			"The talks were failing, and the Korvan Union said it would impose a travel ban.",
			[]string{"Korvan Union/organisation"}, nil,
			[]brief{{"Korvan Union", "intends", "", ""}}},
	})
}
