package text_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// TestDatelineLineIsReadForItsDate checks that a dateline with a date,
// cut from its paragraph, is a sentence of its own whose date is drafted,
// while no party, summary item or title comes from it.
func TestDatelineLineIsReadForItsDate(t *testing.T) {
	src := "OSLO, Norway, March 3, 2026 /PRNewswire/ -- Veltrix Energy AS today launched the Aurora X2, a heat pump for apartment buildings.\n\n" +
		"The company said it would deliver the first units in May."
	spans, kinds := text.SegmentMarked(src)
	if len(spans) < 2 || kinds[0] != text.DatelineLine || src[spans[0].Start:spans[0].End] != "OSLO, Norway, March 3, 2026 /PRNewswire/" {
		t.Fatalf("first sentence %q (%v), want the dateline's own line", src[spans[0].Start:spans[0].End], kinds[0])
	}
	b, err := draft.Draft(src, draft.Options{Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range b.Dates {
		found = found || d.Value == "2026-03-03" && d.Text == "March 3, 2026"
	}
	if !found {
		t.Errorf("the dateline's date is not drafted: %+v", b.Dates)
	}
	for _, p := range b.Parties {
		if strings.Contains(p.Name, "PRNewswire") || p.Name == "OSLO" {
			t.Errorf("party %q comes from the dateline", p.Name)
		}
	}
	if len(b.Summary) == 0 || strings.Contains(b.Summary[0].Text, "OSLO") || strings.Contains(b.Title, "OSLO") {
		t.Errorf("summary %+v or title %q holds the dateline", b.Summary, b.Title)
	}
}

// TestDatelineOfTwoPlaces checks that a dateline naming two places joined
// by "and" is cut from its paragraph as one.
func TestDatelineOfTwoPlaces(t *testing.T) {
	src := "HOUSTON and SEOUL, South Korea, Nov. 18, 2026 /PRNewswire/ -- Altamira LNG Partners and Hanseong Energy Corporation today announced a supply agreement.\n\nThe first cargo sails in 2030."
	spans, kinds := text.SegmentMarked(src)
	if len(spans) < 2 || kinds[0] != text.DatelineLine || src[spans[0].Start:spans[0].End] != "HOUSTON and SEOUL, South Korea, Nov. 18, 2026 /PRNewswire/" {
		t.Fatalf("first sentence %q (%v), want the dateline's own line", src[spans[0].Start:spans[0].End], kinds[0])
	}
}

// TestPlaceAndDateLine checks that a line holding only a place and a date
// under a release's title is a dateline: its date is drafted, its place is
// no party.
func TestPlaceAndDateLine(t *testing.T) {
	src := "Mergers: Commission clears acquisition\n\nBrussels, 30 September 2026\n\nThe European Commission has approved the acquisition of Lindqvist by Aurelio."
	spans, kinds := text.SegmentMarked(src)
	if len(spans) < 3 || kinds[1] != text.DatelineLine || src[spans[1].Start:spans[1].End] != "Brussels, 30 September 2026" {
		t.Fatalf("sentences %v kinds %v, want the place and date a dateline", spans, kinds)
	}
	b, err := draft.Draft(src, draft.Options{Published: time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range b.Parties {
		if p.Name == "Brussels" {
			t.Errorf("the dateline's place is a party: %+v", b.Parties)
		}
	}
	if len(b.Dates) == 0 || b.Dates[0].Value != "2026-09-30" {
		t.Errorf("the dateline's date is not drafted: %+v", b.Dates)
	}
}
