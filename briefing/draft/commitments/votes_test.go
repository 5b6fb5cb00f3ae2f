package commitments

import "testing"

// TestVotesCastByPeopleAreEvents checks that a person's vote told as cast
// is a vote that happened, and a body's vote its decision.
func TestVotesCastByPeopleAreEvents(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a member voting for a rise casts a vote",
			"Deputy governor Lena Strand voted to raise rates to 5%.", []string{"Lena Strand/person"}, nil, nil},
		{"a councillor voting against casts a vote",
			"Councillor Jill Pardoe voted against the plan.", []string{"Jill Pardoe/person"}, nil, nil},
		{"a council voting to act decides it",
			"The Harwick council voted to close the library.", []string{"Harwick council/organisation"}, nil,
			[]brief{{"Harwick council", "agreed", "", ""}}},
		{"a person saying they will vote against intends it",
			"Jill Pardoe said she would vote against the plan.", []string{"Jill Pardoe/person"}, nil,
			[]brief{{"Jill Pardoe", "intends", "", ""}}},
	})
}
