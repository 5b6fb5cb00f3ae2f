package draft

import (
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestWeUnderAFurnitureMasthead drafts a page whose first line, the
// operator's name alone, reads as page furniture over the site's
// breadcrumbs: the page's "we" is that operator, not another body the
// page names before the "we".
func TestWeUnderAFurnitureMasthead(t *testing.T) {
	src := "Westway Trains\nHome > Travel updates > Planned engineering works\n\nLine closed for nine days in April\n\n" +
		"Network Rail will close the line between Norbridge and Castleford from Saturday 5 April while it replaces the track. " +
		"Westway Trains services will not run on those days.\n\nTickets are sold by Westway Trains Limited, which runs the line.\n\nWe will run replacement buses every 20 minutes throughout the closure."
	b, err := Draft(src, Options{Published: time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Text, "replacement buses") {
			got = append(got, strings.Join(c.Actors, ";"))
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "Westway Trains") {
		t.Errorf("actors of the replacement buses %q, want the operator", got)
	}
}

// TestLetterheadIssuesThePage drafts pages whose first line, a body's
// name alone over the headline, reads as furniture: a firm with its
// legal form and a port authority in capitals issue the page, so they are
// parties and the page's "we" and "the Authority" are theirs; a
// newspaper's name in capitals is no party.
func TestLetterheadIssuesThePage(t *testing.T) {
	cases := []struct {
		name, src, cue, actor string
	}{
		{"a firm's letterhead", "PEMBERTON VALE LLP\n\nNew reporting duties for data centres\n\nThe Regulations come into force in October. We will host a webinar for clients on Thursday 5 March.",
			"host a webinar", "Pemberton Vale LLP"},
		{"a company's blog over its own post", "Ostwick Blog\nCompany News\n\nSaying goodbye to Ostwick\n\nToday we are sharing hard news: Ostwick will shut down on March 31. The Ostwick app is no longer available.\n\nWe will refund every subscriber by April 30.",
			"refund every subscriber", "Ostwick"},
		{"an authority's letterhead over numbered paragraphs", "PORT OF KILBRANNAN AUTHORITY\nHarbour Office, Quay Street\n\nNotice to shipping operators on the closure of Berth 4\n\n" +
			"1.1 The closure follows a survey of the linkspan.\n\n1.2 The Authority will publish a revised berthing schedule by Friday 23 May. Operators should contact the Harbour Office.",
			"revised berthing schedule", "Port of Kilbrannan Authority"},
	}
	for _, tc := range cases {
		b, err := Draft(tc.src, Options{Published: time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		checkFirstActor(t, tc.name, b, tc.cue, tc.actor)
	}
	b, err := Draft("RAVENSBROOK EVENING TELEGRAPH\n\nTeachers to strike over pay\n\nTeachers will strike next week, the union said.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range b.Parties {
		if strings.Contains(p.Name, "Telegraph") {
			t.Errorf("a newspaper's masthead drafted as a party: %+v", p)
		}
	}
}

// TestLettersPrintedInAPage drafts a story that prints a resignation
// letter and the reply under a desk's byline: the letter's "I" is the one
// who signs it, the desk is no one, and "Dear" opens no name.
func TestLettersPrintedInAPage(t *testing.T) {
	src := "Minister quits over rail delay\n\nBy Political Staff\n\nHelen Garvey has resigned as Transport Secretary. Her letter and the reply are published below.\n\n" +
		"Dear Prime Minister,\n\nIt is with great sadness that I write to resign. I will vote for the Budget. I intend to stand again at the next general election.\n\nYours ever,\n\nHelen\n\n" +
		"Dear Helen,\n\nThank you for your letter. I will write to both mayors today.\n\nYours ever,\n\nTom Ashby\n"
	b, err := Draft(src, Options{Published: time.Date(2026, 6, 24, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, cue := range []string{"vote for the Budget", "stand again"} {
		checkFirstActor(t, "a resignation letter", b, cue, "Helen Garvey")
	}
	for _, p := range b.Parties {
		if p.Name == "Political Staff" || strings.HasPrefix(p.Name, "Dear ") {
			t.Errorf("a desk's byline or a salutation drafted as a party: %+v", p)
		}
	}
}

// checkFirstActor checks that the commitments of b whose text holds cue
// exist and name want first.
func checkFirstActor(t *testing.T, name string, b *briefing.Brief, cue, want string) {
	t.Helper()
	found := false
	for _, c := range b.Commitments {
		if strings.Contains(c.Text, cue) {
			found = true
			if len(c.Actors) == 0 || c.Actors[0] != want {
				t.Errorf("%s: %q by %q, want %s", name, cue, c.Actors, want)
			}
		}
	}
	if !found {
		t.Errorf("%s: no commitment on %q: %+v", name, cue, b.Commitments)
	}
}
