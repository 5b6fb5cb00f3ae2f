package commitments

import "testing"

// TestMembersOfABloc checks that the members of a bloc acting together
// ("OPEC+ producers", "NATO allies") are the bloc.
func TestMembersOfABloc(t *testing.T) {
	runCases(t, []commitmentCase{
		{"producers of a bloc",
			"OPEC+ producers agreed on Sunday to cut output by 900,000 barrels per day.",
			[]string{"OPEC+/organisation"}, nil,
			[]brief{{"OPEC+", "agreed", "", ""}}},
		{"allies of an alliance",
			"NATO allies pledged to raise defence spending.",
			[]string{"NATO/organisation"}, nil,
			[]brief{{"NATO", "pledged", "", ""}}},
	})
}
