package draft

import (
	"strings"
	"testing"
	"time"
)

// TestBodyTellsWhatHeadlineBulletsSay drafts a release whose bullets under
// the headline say what the body says again: the commitment is drafted
// once, from the body's sentence.
func TestBodyTellsWhatHeadlineBulletsSay(t *testing.T) {
	const release = "Calveron Announces Positive Phase 3 Results\n\n" +
		"- Calveron plans to submit a Biologics License Application to the FDA in the first quarter of 2027\n" +
		"- The trial met its primary endpoint\n\n" +
		"BOSTON, Oct. 5, 2026 /PRNewswire/ -- Calveron Therapeutics, Inc. today announced positive results from its Phase 3 trial.\n\n" +
		"Calveron plans to submit a Biologics License Application (BLA) to the FDA in the first quarter of 2027 and will present the results at a medical meeting."
	b, err := Draft(release, Options{Published: time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var told []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Text, "Biologics License Application") {
			told = append(told, c.Text)
		}
	}
	if len(told) != 1 || !strings.Contains(told[0], "(BLA)") {
		t.Errorf("the plan to submit is drafted as %q, want once, from the body", told)
	}
}
