package draft

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// TestExampleYardstick drafts the example article and checks it against
// the hand-written yardstick in shared/examples: the two 2020 commitments
// with their actors, status and date, a summary that covers the call and
// the CNBG agreement, four of the five background items, and the title.
func TestExampleYardstick(t *testing.T) {
	b, err := Draft(drafttest.Example(t), Options{Published: time.Date(2020, 8, 31, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Morocco and China agree to partner in vaccine trials"; b.Title != want {
		t.Errorf("title = %q, want %q", b.Title, want)
	}
	for _, want := range []struct {
		actors       []string
		status, when string
	}{
		{[]string{"Morocco", "China National Biotec Group Limited"}, briefing.StatusSigned, "2020-08-20"},
		{[]string{"Morocco", "China"}, briefing.StatusAgreed, "2020"},
		{[]string{"Morocco", "China"}, briefing.StatusPledged, "2016"},
	} {
		if !hasCommitment(b.Commitments, want.actors, want.status, want.when) {
			t.Errorf("no commitment %v %s %s in %+v", want.actors, want.status, want.when, b.Commitments)
		}
	}
	for _, c := range b.Commitments {
		text := b.Source.SpanText(c.Spans[0])
		if strings.Contains(text, "discussed") || strings.Contains(text, "thank") {
			t.Errorf("not a commitment: %q", text)
		}
	}
	if n := len(b.Summary); n < 3 || n > 5 {
		t.Errorf("summary of %d items, want 3 to 5", n)
	}
	for _, phrase := range []string{"held a call", "CNBG"} {
		if !itemsMention(b.Summary, phrase) {
			t.Errorf("summary does not cover %q: %+v", phrase, b.Summary)
		}
	}
	found := 0
	for _, phrase := range []string{"Joint Declaration", "Private institutions", "Chinese tourists", "medical equipment", "62 years"} {
		if itemsMention(b.Background, phrase) {
			found++
		}
	}
	if found < 4 {
		t.Errorf("background holds %d of the 5 yardstick items, want at least 4: %+v", found, b.Background)
	}
	if err := b.Validate(); err != nil {
		t.Error(err)
	}
}

func hasCommitment(cs []briefing.Commitment, actors []string, status, when string) bool {
	for _, c := range cs {
		got := slices.Clone(c.Actors)
		want := slices.Clone(actors)
		slices.Sort(got)
		slices.Sort(want)
		if slices.Equal(got, want) && c.Status == status && c.When == when {
			return true
		}
	}
	return false
}

func itemsMention(items []briefing.Item, phrase string) bool {
	for _, it := range items {
		if strings.Contains(it.Text, phrase) {
			return true
		}
	}
	return false
}
