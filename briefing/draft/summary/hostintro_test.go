package summary

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// TestHostIntroAndHeaderServeTheOccasion checks that a host bringing in a
// guest and a programme's header with no verb are no news, while the
// guest's answer is.
func TestHostIntroAndHeaderServeTheOccasion(t *testing.T) {
	d := drafttest.Doc(t, "Atlantic FM, The Morning Briefing, Tuesday 21 April 2026.\n\nCONOR BRADLEY: Joining me now is the Minister for Health, Siobhán Keane.\n\nKEANE: We will have nobody waiting longer than 18 months by the end of this year.", "2026-04-21")
	if len(d.Sentences) != 3 {
		t.Fatalf("%d sentences", len(d.Sentences))
	}
	for si, want := range []bool{true, true, false} {
		if got := Occasion(d, si); got != want {
			t.Errorf("sentence %d: Occasion = %v, want %v", si, got, want)
		}
	}
}
