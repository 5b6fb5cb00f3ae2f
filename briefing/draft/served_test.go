package draft

import (
	"strings"
	"testing"
	"time"
)

// TestServedPeopleGranted drafts what a business says its customers will
// get: the business's act, not the customers'.
func TestServedPeopleGranted(t *testing.T) {
	text := "Streamora is raising the price of its plans from 1 October. " +
		"Streamora said customers who switch to an annual plan before 30 September will keep the old monthly price for 12 months."
	b, err := Draft(text, Options{Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Action, "old monthly price") {
			got = append(got, strings.Join(c.Actors, ";"))
		}
	}
	if len(got) != 1 || got[0] != "Streamora" {
		t.Errorf("actors of keeping the old price %q, want [\"Streamora\"]", got)
	}
}
