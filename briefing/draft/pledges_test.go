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

// TestFrontByItsLastWord drafts a wire on a rebel group that names it
// "the front" later: the proposal is the group's.
func TestFrontByItsLastWord(t *testing.T) {
	src := "Rebels agree to disarm\n\nThe Highland Liberation Front agreed on Monday to hand over its weapons within 180 days.\n\n" +
		"The front had also proposed elections in the north within a year.\n"
	b, err := Draft(src, Options{Published: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range b.Commitments {
		if c.Status == "proposed" && slices.Contains(c.Actors, "Highland Liberation Front") {
			return
		}
	}
	t.Errorf("the front's proposal not drafted as the Highland Liberation Front's: %+v", b.Commitments)
}
