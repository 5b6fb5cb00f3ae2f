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

// TestBulletsOpeningARelease drafts a release that opens with its bullets,
// its headline left out: no bullet is its title or its lead, which is the
// dated paragraph under them.
func TestBulletsOpeningARelease(t *testing.T) {
	const release = "- Veridane to receive $45 million upfront and up to $810 million in development, regulatory and sales milestones, plus tiered royalties\n" +
		"- Kosei to fund and conduct a Phase 3 bridging study in Japan starting in the first half of 2026\n\n" +
		"CAMBRIDGE, Mass. and OSAKA, Japan, June 2, 2025 -- Veridane Therapeutics, Inc. and Kosei Pharmaceutical Co., Ltd. today announced that they have entered into an exclusive license agreement for VT-214 in Japan and China.\n\n" +
		"Under the terms of the agreement, Kosei will pay Veridane an upfront payment of $45 million."
	b, err := Draft(release, Options{Published: time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(b.Title, "-") || strings.Contains(b.Title, "upfront") || strings.Contains(b.Title, "CAMBRIDGE") {
		t.Errorf("title %q, want one built from the dated lead", b.Title)
	}
	if len(b.Summary) == 0 || !strings.HasPrefix(b.Summary[0].Text, "Veridane Therapeutics, Inc. and Kosei") {
		t.Errorf("summary %+v, want it to open with the lead under the bullets, without its dateline", b.Summary)
	}
}
