package commitments

import "testing"

// TestAssurancesGivenToThoseTold checks clauses that people were told or
// assured by someone the sentence leaves unnamed: the pledge of the party
// the story is about; a forecast they were told is none.
func TestAssurancesGivenToThoseTold(t *testing.T) {
	runCases(t, []commitmentCase{
		{"no jobs will be lost, told to staff, is the story's party's pledge",
			"Harwick Mills will shut its Leeds plant in June. Staff have been told no jobs will be lost.",
			[]string{"Harwick Mills/organisation"}, []string{"in June=2026-06"},
			[]brief{{"Harwick Mills", "intends", "2026-06", ""}, {"Harwick Mills", "pledged", "", ""}}},
		{"an assurance in the past with that is a pledge too",
			"The county council will sell the old library. Residents were assured that no trees would be felled.",
			[]string{"county council/organisation"}, nil,
			[]brief{{"county council", "intends", "", ""}, {"county council", "pledged", "", ""}}},
		{"a happening people were told of is no assurance",
			"The county council will sell the old library. Residents were told the storm would reach the coast by Friday.",
			[]string{"county council/organisation"}, nil,
			[]brief{{"county council", "intends", "", ""}}},
		{"an undertaking given to a regulator is a pledge",
			"Loopwave has given the commission an undertaking to redesign its cancellation process.",
			[]string{"Loopwave/organisation"}, nil,
			[]brief{{"Loopwave", "pledged", "2020-08-31", ""}}}, // the day of the news
		{"an assurance with its giver named is the giver's own clause",
			"Staff were told by the owners that the plant would stay open.",
			[]string{"owners/group"}, nil, nil},
	})
}
