package commitments

import "testing"

// TestPartyKnownByItsMembersName checks that "the party" whose officer
// speaks is the organisation the text also calls by its members' name
// ("the Liberal Alliance … The Liberals"), so that the officer's quoted
// "we" is that party's commitment.
func TestPartyKnownByItsMembersName(t *testing.T) {
	checkActors(t, []actorCase{
		{"a co-chair after the party's members' name",
			"The Liberal Alliance and the Farmers' League signed a coalition deal on Monday. The Liberals won four ministries, the party's co-chair, Ana Feld, told reporters. “We will cut fuel duty in the first budget,” Feld said.",
			[]string{"Liberal Alliance|Liberals/organisation", "Farmers' League/organisation", "Ana Feld|Feld/person/co-chair"}, "Ana Feld;Liberal Alliance"},
		{"a leader of a movement called by its creed",
			"Voters backed the Civic Movement in Sunday's election. The Progressives took 41 seats, the party's leader, Marek Holm, said on Monday. “We will not govern with the far right,” Holm told supporters.",
			[]string{"Civic Movement|Progressives/organisation", "Marek Holm|Holm/person/leader"}, "Civic Movement;Marek Holm"},
	})
}
