package text_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// standingRelease is a press release with a forward-looking-statements
// notice and an "About" section.
const standingRelease = "Brightmere Foods said on Tuesday it would close its Dayton bakery by March.\n\n" +
	"Forward-Looking Statements\nThis release contains forward-looking statements. Actual results may differ materially.\n\n" +
	"About Brightmere Foods\nBrightmere Foods makes snacks and frozen meals. Founded in 1948, the company employs about 11,000 people.\n\n" +
	"The bakery employs 300 people."

// TestStandingSections checks that a press release's standing sections
// are marked, heading and paragraph, and the paragraph after them is not.
func TestStandingSections(t *testing.T) {
	spans, kinds := text.SegmentMarked(standingRelease)
	var got []string
	for i, sp := range spans {
		if kinds[i] == text.StandingSection {
			got = append(got, standingRelease[sp.Start:sp.End])
		}
	}
	want := []string{"Forward-Looking Statements", "This release contains forward-looking statements.", "Actual results may differ materially.",
		"About Brightmere Foods", "Brightmere Foods makes snacks and frozen meals.", "Founded in 1948, the company employs about 11,000 people."}
	if !slices.Equal(got, want) {
		t.Errorf("standing sentences\n got  %q\n want %q", got, want)
	}
}

// TestStandingSectionsTellNoNews drafts the release and checks that no
// summary or background item comes from a standing section, that it is
// no furniture, and that its dates are still found.
func TestStandingSectionsTellNoNews(t *testing.T) {
	b, err := draft.Draft(standingRelease, draft.Options{Published: time.Date(2026, 10, 28, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range append(b.Summary, b.Background...) {
		for _, w := range []string{"forward-looking", "Founded", "frozen meals", "differ"} {
			if strings.Contains(it.Text, w) {
				t.Errorf("item %q comes from a standing section", it.Text)
			}
		}
	}
	if len(b.Source.Furniture) != 0 {
		t.Errorf("standing sections are no furniture: %d spans", len(b.Source.Furniture))
	}
	found := false
	for _, d := range b.Dates {
		found = found || d.Value == "1948"
	}
	if !found {
		t.Errorf("the founding year is no date (dates %+v)", b.Dates)
	}
}
