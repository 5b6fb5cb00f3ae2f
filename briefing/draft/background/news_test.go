package background

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// A sentence told in the simple past with no date of its own, after a
// lead that dates the news within the week, is the news: a date in a
// participle on a noun or in a parenthesis dates no earlier event of it.
// A relative clause may date the event its noun names, and a narrative
// moved back to an earlier year is background. 2020-08-31 is a Monday.
func TestBackgroundLeavesOutTheNewsDatedByAnAside(t *testing.T) {
	for _, tc := range []struct {
		construction, text, want string
	}{
		{"a participle on a noun in a sentence of the news",
			"Belova signed on the condition that rich states deliver the money promised to it in 2016.", ""},
		{"a parenthesis on a noun in a sentence of the news",
			"Belova put its output at 40 tonnes, up 10% on 2016, in a report to the council.", ""},
		{"a relative clause dates the event its noun names",
			"The two states fought a war that ended with a ceasefire in May 2016.", "2016-05"},
		{"a year before the noun the sentence tells of",
			"The 2016 deal resulted from a race between two rivals.", "2016"},
	} {
		d := drafttest.Doc(t, "Arland and Carola agreed on Thursday to share river data.\n\n"+tc.text, "2020-08-31")
		d.Dates = dates.Find(d)
		got := Items(d, nil)
		wantItems := 1
		if tc.want == "" {
			wantItems = 0
		}
		if len(got) != wantItems || wantItems == 1 && got[0].When != tc.want {
			t.Errorf("%s: %q: background %+v, want %d item(s) dated %q", tc.construction, tc.text, got, wantItems, tc.want)
		}
	}
}
