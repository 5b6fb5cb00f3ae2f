package commitments

import (
	"strings"
	"testing"
)

// TestNameWithoutAMentionStillNames checks that a state's name the
// parties stage marked only in a later sentence still names it where it
// stands unmarked ("Varnia's government and the rebel Black Ridge Front
// had agreed").
func TestNameWithoutAMentionStillNames(t *testing.T) {
	d := testDoc(t, "Ostria said that Varnia's government and the rebel Black Ridge Front had agreed to a truce. Varnia's interior minister, Dan Mek, welcomed it.",
		[]string{"Ostria/country", "Varnia/country", "Black Ridge Front/organisation", "Dan Mek/person"}, nil)
	d.Parties[1].Mentions = d.Parties[1].Mentions[1:] // only the second "Varnia" marked
	cs := Find(d)
	if len(cs) == 0 {
		t.Fatal("no commitment")
	}
	if got := strings.Join(cs[0].Actors, ";"); got != "Varnia;Black Ridge Front" {
		t.Errorf("actors %q, want Varnia;Black Ridge Front", got)
	}
}
