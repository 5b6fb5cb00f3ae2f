package draft

import (
	"slices"
	"testing"
	"time"
)

// TestNoOnesPledges drafts a pledging story whose list of pledges opens
// with a question for a heading and whose speaker praises the day's
// pledges: neither the question word nor the day is an actor.
func TestNoOnesPledges(t *testing.T) {
	src := "Donors pledge $1.3bn for loss and damage fund\n\nDonor governments pledged about $1.32 billion to the fund at its conference in Manila on Wednesday.\n\n" +
		"\"Today's pledges are real money for real people,\" said the fund's director, Laila Mansouri.\n\nWho pledged what\n\n" +
		"Germany was again the largest donor. Norway pledged NOK 1.5 billion on Wednesday.\n"
	b, err := Draft(src, Options{Published: time.Date(2026, 9, 24, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range b.Commitments {
		found = found || slices.Contains(c.Actors, "Norway")
		if slices.Contains(c.Actors, "Who") || slices.Contains(c.Actors, "Today") {
			t.Errorf("no one's pledge drafted: %+v", c)
		}
	}
	if !found {
		t.Errorf("Norway's pledge not drafted: %+v", b.Commitments)
	}
}
