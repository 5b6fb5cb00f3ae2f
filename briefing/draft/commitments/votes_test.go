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

// TestVotesForAMeasure checks that a body's vote for a measure, after the
// tally if one is given, is its decision, and that a vote for what is no
// measure, or a count of members voting, decides nothing.
func TestVotesForAMeasure(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a committee voting by a tally for a cut agrees to it",
			"The Dunmore Bank's rates committee voted seven to two for the cut.", []string{"Dunmore Bank/organisation"}, nil,
			[]brief{{"Dunmore Bank", "agreed", "", ""}}},
		{"a council voting by a figure tally in favour of a scheme agrees to it",
			"The Harwick council voted 9-2 in favour of the housing scheme on Tuesday.", []string{"Harwick council/organisation"}, nil,
			[]brief{{"Harwick council", "agreed", "", ""}}},
		{"a board voting unanimously for a merger agrees to it",
			"The Kestrel board voted unanimously for the merger.", []string{"Kestrel board/organisation"}, nil,
			[]brief{{"Kestrel board", "agreed", "", ""}}},
		{"a party voting for a motion casts its vote, the house decides",
			"The Kelby Greens voted for the motion on Tuesday.", []string{"Kelby Greens/organisation"}, nil, nil},
		{"a vote for what is no measure decides nothing",
			"Residents of Harwick voted for change.", nil, nil, nil},
		{"a count of members voting for a bill decides nothing of theirs",
			"Thirty-one MPs voted for the bill.", nil, nil, nil},
		{"a board that has voted by a tally against a gerund refuses the act",
			"The Board of Governors has voted 11-4 against divesting. The Harwick board voted 11-4 against divesting its endowment.",
			[]string{"Board of Governors/organisation", "Harwick board/organisation"}, nil,
			[]brief{{"Board of Governors", "refused", "2020-08-31", ""}, {"Harwick board", "refused", "", ""}}},
		{"a council voting to deny a request refuses it",
			"The Harlow Creek Town Council voted 5-2 Monday night to deny a request to rezone 118 acres. Mr Lusk denied the allegations.",
			[]string{"Harlow Creek Town Council/organisation"}, nil,
			[]brief{{"Harlow Creek Town Council", "refused", "", ""}}},
		{"a vote to come for a measure is no decision taken",
			"The Harwick council will vote on the housing scheme next week.", []string{"Harwick council/organisation"}, nil, nil},
	})
}

// TestJoiningAnAgreement checks that joining a pact agrees to it and not
// joining it refuses it, while joining a strike or a team commits to
// nothing.
func TestJoiningAnAgreement(t *testing.T) {
	runCases(t, []commitmentCase{
		{"joining a pact agrees to it",
			"Kelmar joined the fisheries pact in 2019.", []string{"Kelmar/country"}, []string{"2019=2019"},
			[]brief{{"Kelmar", "agreed", "2019", ""}}},
		{"not joining a pact refuses it",
			"Ostravia did not join the fisheries pact.", []string{"Ostravia/country"}, nil,
			[]brief{{"Ostravia", "refused", "", ""}}},
		{"joining a strike is no agreement",
			"Nurses at Harwick joined the strike.", nil, nil, nil},
	})
}
