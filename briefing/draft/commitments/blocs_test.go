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

// TestOrganOfANamedBody checks that the people or the organ a named body
// acts through, written after its name, are the body: its board, its
// negotiators, its contingent.
func TestOrganOfANamedBody(t *testing.T) {
	checkActors(t, []actorCase{
		{"a company's board", "The Halden Group board agreed to sell the unit.",
			[]string{"Halden Group/organisation"}, "Halden Group"},
		{"a firm's negotiators", "Halden Group negotiators agreed to resume talks on Monday.",
			[]string{"Halden Group/organisation"}, "Halden Group"},
		{"a force's contingent by its acronym", "The Japan Self-Defense Forces (JSDF) arrived in May. The JSDF contingent will withdraw in three phases.",
			[]string{"Japan Self-Defense Forces|JSDF/organisation"}, "Japan Self-Defense Forces"},
	})
}
