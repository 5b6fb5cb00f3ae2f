package commitments

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestPassiveApprovalByAnAgent checks that a plan, a budget or a deal told
// as approved by a body that decides is that body's agreement, even where
// the parser hangs the verb on its subject, and that an approval still to
// come is none.
func TestPassiveApprovalByAnAgent(t *testing.T) {
	parties := []string{"Ardley Council/organisation", "Markets Authority/organisation"}
	tests := []struct{ name, text, actor string }{
		{"plans approved by a council, in the perfect",
			"Plans for a new stadium on the edge of Ardley have been approved by the Ardley Council despite 900 objections.", "Ardley Council"},
		{"a takeover cleared by a regulator",
			"The takeover was cleared by the Markets Authority on Monday.", "Markets Authority"},
		{"a budget adopted by councillors",
			"The budget was adopted by councillors last night.", "councillors"},
		{"a relative clause of approval",
			"The legislation, which was approved by the Ardley Council in May, takes effect next year.", "Ardley Council"},
		{"an approval still to come",
			"The takeover must still be cleared by the Markets Authority.", ""},
		{"an approval expected",
			"The plans will be approved by the Ardley Council next week, officials expect.", ""},
		{"a sum approved is no body's act",
			"The budget was approved by 40 votes to 12.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Find(testDoc(t, tt.text, parties, nil)) {
				if c.Status == briefing.StatusAgreed {
					got = append(got, strings.Join(c.Actors, ","))
				}
			}
			if want := tt.actor; want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
				t.Errorf("agreed by %q, want %q", got, want)
			}
		})
	}
}

// TestBodiesApproveWhateverTheyDecide checks that a deliberative body
// that approves, adopts or passes anything agrees to it, and that time it
// passes is no decision.
func TestBodiesApproveWhateverTheyDecide(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a board that approved a school week decided it",
			"The school board has approved a ban on mobile phones in its nine schools.",
			[]string{"school board/organisation"}, nil,
			[]brief{{"school board", "agreed", "2020-08-31", ""}}},
		{"a cabinet that adopted a strategy decided it",
			"The cabinet adopted a new drought strategy on Tuesday.",
			[]string{"cabinet/organisation"}, []string{"on Tuesday=2020-08-25"},
			[]brief{{"cabinet", "agreed", "2020-08-25", ""}}},
		{"a council that passed the time decided nothing",
			"The council passed the afternoon in silence.", []string{"council/organisation"}, nil, nil},
		{"a body's approval in a clause of time still to come is no act of its own",
			"The president will sign the law as soon as parliament passes it.", []string{"parliament/organisation"}, nil,
			[]brief{{"president", "conditional", "", ""}}},
		{"a firm that approved a colour is no body",
			"Halden Foods approved a new logo.", []string{"Halden Foods/organisation"}, nil, nil},
	})
}
