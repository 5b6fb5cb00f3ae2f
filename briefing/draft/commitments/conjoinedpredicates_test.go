package commitments

import (
	"strings"
	"testing"
)

// TestConjoinedCommitmentPredicates checks that a second commitment verb
// coordinated after a first, with the subject they share, is a
// commitment of its own.
func TestConjoinedCommitmentPredicates(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a pledge and an undertaking are two commitments",
			"Veltria pledged $45m and undertook to send a team of engineers.",
			[]string{"Veltria/country"}, nil,
			[]brief{{"Veltria", "pledged", "", ""}, {"Veltria", "pledged", "", ""}}},
		{"a pledge and a promise after its object are two commitments",
			"Veltria pledged $45m and promised to send a team of engineers.",
			[]string{"Veltria/country"}, nil,
			[]brief{{"Veltria", "pledged", "", ""}, {"Veltria", "pledged", "", ""}}},
		{"an agreement and a promise are two commitments",
			"Dunmore Logistics agreed to pay the fine and promised to publish its audit.",
			[]string{"Dunmore Logistics/organisation"}, nil,
			[]brief{{"Dunmore Logistics", "agreed", "", ""}, {"Dunmore Logistics", "pledged", "", ""}}},
		{"a list of three infinitives, the middle after a comma, is three undertakings",
			"Dunmore Logistics agreed to raise wages from January, to pay outstanding allowances by December and to reinstate 42 workers.",
			[]string{"Dunmore Logistics/organisation"}, nil,
			[]brief{{"Dunmore Logistics", "agreed", "", ""}, {"Dunmore Logistics", "agreed", "", ""}, {"Dunmore Logistics", "agreed", "", ""}}},
		{"a second infinitive the parser hung on the full stop is an undertaking",
			"The federation promised to pay the fine within 30 days and to hand the league a new security plan before the start of the season.",
			[]string{"federation/organisation"}, nil,
			[]brief{{"federation", "pledged", "", ""}, {"federation", "pledged", "", ""}}},
	})
}

// TestFailureIsNoPartOfTheAct checks that a failure joined by "but" to an
// agreement is not drafted as part of what was agreed, while a second act
// joined by "and" is.
func TestFailureIsNoPartOfTheAct(t *testing.T) {
	for _, c := range []struct {
		text, in, out string
	}{
		{"Norway and Iceland agreed on Tuesday to share catch data every month, but failed to settle a dispute over mackerel.", "share catch data", "failed"},
		{"Dunmore Logistics will raise wages and sell two depots.", "sell two depots", ""},
	} {
		d := testDoc(t, c.text, []string{"Norway/country", "Iceland/country", "Dunmore Logistics/organisation"}, nil)
		cs := Find(d)
		if len(cs) != 1 || !strings.Contains(cs[0].Text, c.in) || c.out != "" && strings.Contains(cs[0].Text, c.out) {
			t.Errorf("%q: drafted %+v, want one commitment with %q and without %q", c.text, cs, c.in, c.out)
		}
	}
}
