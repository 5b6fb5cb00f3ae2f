package commitments

import "testing"

// TestDescriptionOfWhatANamedPartyDoes checks that a definite description
// goes to the party the text describes in its words, by a relative clause
// whose verb the description's noun is the doer of or by the same words
// set beside the name, whether the description comes before the name or
// after it.
func TestDescriptionOfWhatANamedPartyDoes(t *testing.T) {
	checkActors(t, []actorCase{
		{"a description in the lead before the name and its relative clause",
			"The union and the port operator reached a deal on Friday. Holm Freight, which runs the port, said the talks were hard. " +
				"The port operator will hire 40 more crane drivers by March.",
			[]string{"Holm Freight/organisation", "Dockers Union/organisation"}, "Holm Freight"},
		{"a description after a relative clause of operating",
			"Sefton Energy, which operates the pipeline, has been in talks for a year. The pipeline operator has agreed to pay for the clean-up.",
			[]string{"Sefton Energy/organisation"}, "Sefton Energy"},
		{"a description set beside the name",
			"Kelda Rail, the line operator, and the union met on Monday. The line operator has promised to restore the timetable.",
			[]string{"Kelda Rail/organisation"}, "Kelda Rail"},
		{"a council group by the party whose name holds its word",
			"Friends of Ashby Park, a campaign group, backed the plan. The Conservative group on the council opposed the spending. " +
				"Councillor Ed Marsh, who leads the Conservatives, spoke against it.",
			[]string{"Friends of Ashby Park/organisation", "Conservatives/organisation", "Ed Marsh/person"}, "Conservatives"},
	})
}

// TestDescriptionOfTheStorysSubject checks that a description saying more
// than its noun stands for the body that was the subject of a sentence
// just before, not for the one named last as its object, unless its own
// sentence names a body before it.
func TestDescriptionOfTheStorysSubject(t *testing.T) {
	checkActors(t, []actorCase{
		{"a described buyer after the lead that names it as subject and the bought chain last",
			"Pennant & Gray has agreed to buy the collapsed homewares chain Hollis Home. The department store group will pay £46m for the brand.",
			[]string{"Pennant & Gray/organisation", "Hollis Home/organisation"}, "Pennant & Gray"},
		{"a body named before the description in its own sentence",
			"Pennant & Gray has agreed to buy the collapsed homewares chain Hollis Home. Hollis Home's administrator said the homewares group would close 28 stores.",
			[]string{"Pennant & Gray/organisation", "Hollis Home/organisation"}, "Hollis Home"},
	})
}
