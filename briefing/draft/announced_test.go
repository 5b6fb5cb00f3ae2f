package draft

import (
	"testing"
	"time"
)

// TestFrontedAsClauseDatesTheAnnouncement drafts a company's notice of a
// change told "as announced" on an earlier day: the day is the
// announcement's, behind the publication, and no date of the act to come.
func TestFrontedAsClauseDatesTheAnnouncement(t *testing.T) {
	const notice = "Board changes\n\nAs announced on 14 January, Non-Executive Chair Ruth Pell will step down at the AGM after nine years on the Board. " +
		"She will be succeeded by Tomas Wren, currently Senior Independent Director."
	b, err := Draft(notice, Options{Published: time.Date(2026, 2, 26, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range b.Dates {
		if d.Text == "14 January" && d.Value != "2026-01-14" {
			t.Errorf("14 January = %s, want 2026-01-14", d.Value)
		}
	}
	found := false
	for _, c := range b.Commitments {
		if c.Verb == "will step" {
			found = true
			if c.When != "" {
				t.Errorf("the stepping down is dated %s by the announcement's day: %+v", c.When, c)
			}
		}
	}
	if !found {
		t.Errorf("no stepping down drafted: %+v", b.Commitments)
	}
}
