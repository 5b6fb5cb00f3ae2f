package background

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// A background item carries the date of the event its clause tells (the
// date on the main verb), not the first date the sentence names. A date
// inside a clause on a noun, a year qualifying a noun, or a date below a
// main clause that tells no past event dates no item (want ""); a past
// clause reported by a sayer still does.
func TestBackgroundTakesTheMainEventDate(t *testing.T) {
	// The first sentence dates the article's own time (this year).
	checkDated(t, "Talks resumed this year.", []datedCase{
		{"aside in a reduced relative clause before the main date",
			"An accord reached in 1992 was ended by the US in 2018.", "2018"},
		{"aside in a prepositional phrase before the main date",
			"After a decade of talks in 1995, the two states signed the accord in 2005.", "2005"},
		{"main date first",
			"In 2016, the firm bought a rival founded in 1990.", "2016"},
		{"relative clause on the subject of a future main clause",
			"Ms Ward, who led the party in 2016, will chair the debate next week.", ""},
		{"relative clause on the subject of a sayer",
			"The union, which walked out for a month in 2018, said it had no interest in talks.", ""},
		{"participle clause on a noun before a present main clause",
			"The fund, set up in 2012, says it has helped thousands of farmers.", ""},
		{"a year qualifying a noun dates that thing",
			"The ministry has refused to recognise the 2016 ruling.", ""},
		{"a year qualifying a noun in a reported clause",
			"A spokesman said on Monday that the state would not negotiate over areas covered by a 2016 arbitration ruling.", ""},
		{"past clause reported by a sayer",
			"Prosecutors said the manager opened the false accounts in 2015.", "2015"},
		{"main clause telling the past event",
			"The two states signed the accord in 2005.", "2005"},
	})
}

// datedCase is a sentence drafted after a lead sentence, with the date of
// the one background item it should give ("" for none).
type datedCase struct {
	construction, text, want string
}

// checkDated drafts each case's text after lead, published on 2020-08-31,
// and checks its background items.
func checkDated(t *testing.T, lead string, cases []datedCase) {
	t.Helper()
	for _, tc := range cases {
		d := drafttest.Doc(t, lead+"\n\n"+tc.text, "2020-08-31")
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
