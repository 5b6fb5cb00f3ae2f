package draft

import (
	"testing"
	"time"
)

// TestDatelineDayNearestPublication drafts wire stories whose dateline
// gives a day without a year: it is the day of writing, the one of that
// name nearest to publication, whichever side of it, whether the dateline
// stands in the lead's sentence or apart from it.
func TestDatelineDayNearestPublication(t *testing.T) {
	published := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, expr, want string }{
		{"a few days before, agency in brackets", "Rail link\n\nVIENNA, March 3 (Reuters) - The ministers signed an agreement on Tuesday.\n", "March 3", "2026-03-03"},
		{"a few days before, with a future lead", "Rail link\n\nVIENNA, March 3 - The ministers will sign an agreement on Tuesday.\n", "March 3", "2026-03-03"},
		{"the December before", "Rail link\n\nVIENNA, Dec 30 - The ministers signed an agreement on Tuesday.\n", "Dec 30", "2025-12-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Draft(tt.text, Options{Published: published})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range b.Dates {
				if d.Text == tt.expr {
					if d.Value != tt.want {
						t.Errorf("%q = %s, want %s", tt.expr, d.Value, tt.want)
					}
					return
				}
			}
			t.Errorf("no date %q among %+v", tt.expr, b.Dates)
		})
	}
}
