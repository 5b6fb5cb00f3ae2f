package commitments

import "testing"

// TestDefinedGroup checks that a term the text defines for the parties it
// has just listed names them all, not a party named earlier in the
// sentence, and that the government they agreed to form is the state's.
func TestDefinedGroup(t *testing.T) {
	const preamble = "Following the Saeima elections, the Union for Progress, the Farmers and Regions Alliance and Green Future (hereinafter \"the coalition partners\") have agreed to form a government in Latvia.\n\n"
	runCases(t, []commitmentCase{
		{"the defined term names the listed parties",
			preamble + "1.1. The coalition partners will keep the deficit below 3% of GDP.",
			[]string{"Saeima/organisation", "Union for Progress/organisation", "Farmers and Regions Alliance/organisation", "Green Future/organisation", "Latvia/country"}, nil,
			[]brief{{"Farmers and Regions Alliance;Green Future;Union for Progress", "agreed", "2020-08-31", ""}, {"Farmers and Regions Alliance;Green Future;Union for Progress", "agreed", "", ""}}},
		{"the government formed is the state's",
			preamble + "2.2. The Government will submit the draft State Budget for 2027 to the Saeima by 1 December.",
			[]string{"Saeima/organisation", "Union for Progress/organisation", "Farmers and Regions Alliance/organisation", "Green Future/organisation", "Latvia/country"}, nil,
			[]brief{{"Farmers and Regions Alliance;Green Future;Union for Progress", "agreed", "2020-08-31", ""}, {"Latvia", "intends", "2027", ""}}},
	})
}

// TestTheyOfTwoSubjects checks that "they" in what two subjects announce
// is both of them.
func TestTheyOfTwoSubjects(t *testing.T) {
	runCases(t, []commitmentCase{
		{"two subjects announce",
			"The United States and the European Union said they were ready to pay for reconstruction if the ceasefire held.",
			[]string{"United States/country", "European Union/organisation"}, nil,
			[]brief{{"European Union;United States", "conditional", "", ""}}},
	})
}
