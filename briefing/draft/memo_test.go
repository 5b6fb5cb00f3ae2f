package draft

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// memoText is a pasted internal e-mail, written for this test: a header of
// labelled lines, a first-person body and a sign-off.
const memoText = `From: Nadia Hale, Chief Executive Officer
To: All colleagues, Brightwell Home Stores
Date: Tuesday 7 October 2025, 07:30
Subject: A simpler Brightwell

Dear colleagues,

Yesterday the Board approved a plan to simplify the way Brightwell Home Stores is organised. We intend to close the distribution centre in Derby by the end of March 2026. I will host an open Q&A for all colleagues on Thursday at 4pm.

Nadia Hale
Chief Executive Officer
Brightwell Home Stores Ltd
`

// TestMessageHeader checks that the header of a pasted e-mail is furniture,
// that its subject is the title and its date a date, and that the "we" of
// the message is the company its sender writes for and its "I" the sender.
func TestMessageHeader(t *testing.T) {
	b, err := Draft(memoText, Options{Published: time.Date(2025, 10, 7, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "A simpler Brightwell" {
		t.Errorf("title %q, want the subject line", b.Title)
	}
	var furniture []string
	for _, f := range b.Source.Furniture {
		furniture = append(furniture, memoText[f.Start:f.End])
	}
	for _, line := range []string{"From: Nadia Hale, Chief Executive Officer", "Date: Tuesday 7 October 2025, 07:30", "Subject: A simpler Brightwell"} {
		if !slices.Contains(furniture, line) {
			t.Errorf("header line %q is not furniture: %q", line, furniture)
		}
	}
	if !slices.ContainsFunc(b.Dates, func(d briefing.DateRef) bool { return d.Value == "2025-10-07" }) {
		t.Errorf("the header's date is not drafted: %+v", b.Dates)
	}
	want := map[string]string{"We intend to close": "Brightwell Home Stores", "I will host": "Nadia Hale"}
	for cue, actor := range want {
		found := false
		for _, c := range b.Commitments {
			if strings.Contains(c.Text, cue) {
				found = true
				if len(c.Actors) != 1 || !strings.HasPrefix(c.Actors[0], actor) {
					t.Errorf("%q: actors %q, want %s", cue, c.Actors, actor)
				}
			}
		}
		if !found {
			t.Errorf("no commitment drafted for %q: %+v", cue, b.Commitments)
		}
	}
}

// TestMessageOwnVoice checks the refusals and assurances a message gives
// in its own voice, outside any quotation.
func TestMessageOwnVoice(t *testing.T) {
	src := "From: Nadia Hale, Chief Executive Officer\nTo: All colleagues, Brightwell Home Stores\nSubject: What is not changing\n\nI want to be clear about what is not changing:\n\n- We will not close any store as part of this plan.\n- We are not selling the furniture business, whatever you may have read.\n- The pensions of store colleagues will not be cut.\n\nNadia Hale\nChief Executive Officer\nBrightwell Home Stores Ltd\n"
	b, err := Draft(src, Options{Published: time.Date(2025, 10, 7, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"not close any store": "pledged", "not selling the furniture": "refused", "pensions of store colleagues": "pledged"}
	for cue, status := range want {
		found := false
		for _, c := range b.Commitments {
			if strings.Contains(c.Text, cue) {
				found = true
				if c.Status != status || len(c.Actors) != 1 || !strings.HasPrefix(c.Actors[0], "Brightwell Home Stores") {
					t.Errorf("%q: %s by %q, want %s by the company", cue, c.Status, c.Actors, status)
				}
			}
		}
		if !found {
			t.Errorf("no commitment drafted for %q: %+v", cue, b.Commitments)
		}
	}
}

// TestAuthorVoice checks an opinion piece by a minister and a speech
// delivered by one: the author is a party with the office the piece gives,
// "I" is the author, and "we" and "my government" the state the author
// serves.
func TestAuthorVoice(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      map[string][2]string // cue → first actor, status
	}{
		{"opinion piece", "A congestion charge is the fairest way out\n\nOpinion\n\nSiobhán Kearney\n\nTue 15 Sep 2026, 05:00\n\nEvery morning 38,000 cars cross the canals. I do not believe we can build our way out of this. That is why my government will introduce a congestion charge for central Dublin. I will bring the Bill before the Dáil by Christmas.\n\nSiobhán Kearney TD is Ireland's Minister for Transport\n",
			map[string][2]string{"my government will introduce": {"Ireland", "intends"}, "I will bring the Bill": {"Siobhán Kearney", "intends"}}},
		{"budget speech", "Budget Speech 2027 (excerpt)\n\nDelivered by the Honourable Anjali Rao-Whitford, Minister of Finance, in the House of Commons, Ottawa\n\nMadam Speaker, I rise today to present the budget of Canada. We will not raise the GST. I will table that report in this House when I receive it.\n",
			map[string][2]string{"We will not raise the GST": {"Canada", "pledged"}, "I will table that report": {"Anjali Rao-Whitford", "intends"}}},
		{"minister's written statement made by a name and an office in brackets, the government named by its formal name",
			"Written statement\n\nFlood Recovery: Update\n\nStatement made on 10 March 2026\nDepartment for Environment, Food and Rural Affairs\nMade by: Daniel Ashworth (Minister for Water and Flooding)\n\nStorms brought record rainfall to northern England. Today I am setting out His Majesty's Government's response. The Government will provide £145 million for a new Flood Recovery Fund. Nor will the Government reopen the Farming Recovery Fund for the January storms. I will publish a revised action plan in the autumn.\n",
			map[string][2]string{"will provide £145 million": {"United Kingdom", "pledged"}, "reopen the Farming Recovery Fund": {"United Kingdom", "refused"},
				"I will publish a revised action plan": {"Daniel Ashworth", "intends"}}},
		{"a head of state's message named on a line as the message of its speaker",
			"Full text: President Marlow's New Year message to the nation\n\nNew Year message of President Elena Marlow Ruiz, broadcast from the Casa Azul on 31 December 2025.\n\nGood evening. This has been a hard year, and I know many of you are tired. I signed the decree today. In March I will send to Congress a bill on nurseries.\n",
			map[string][2]string{"I signed the decree": {"Elena Marlow Ruiz", "signed"}, "I will send to Congress": {"Elena Marlow Ruiz", "intends"}}},
		{"mayor's address delivered at a hall", "2026 State of the City Address\nMayor Teresa Alvarado\nAs prepared for delivery, Thursday, February 5, 2026, Harlan Civic Auditorium\n\nThank you all for coming. A year ago I made you promises. I said we would open the Eastside Navigation Center before summer. It opened in June. Tonight I will sign an order to speed up permits.\n",
			map[string][2]string{"we would open the Eastside Navigation Center": {"Teresa Alvarado", "intends"}, "I will sign an order": {"Teresa Alvarado", "intends"}}},
	} {
		b, err := Draft(tc.src, Options{Published: time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		for cue, want := range tc.want {
			found := false
			for _, c := range b.Commitments {
				if strings.Contains(c.Text, cue) {
					found = true
					if len(c.Actors) == 0 || c.Actors[0] != want[0] || c.Status != want[1] {
						t.Errorf("%s: %q: %s by %q, want %s by %s", tc.name, cue, c.Status, c.Actors, want[1], want[0])
					}
				}
			}
			if !found {
				t.Errorf("%s: no commitment drafted for %q: %+v", tc.name, cue, b.Commitments)
			}
		}
	}
}

// TestPageDateLines checks that the date on a line of furniture above the
// prose, the day a page or a release was issued, is a date of the brief,
// read whole after a clock time.
func TestPageDateLines(t *testing.T) {
	for _, src := range []string{
		"Council backs budget\n\nBy Ann Lee\nPublished 10:42 GMT, 23 April 2026\n\nThe council backed the budget on Wednesday, and the mayor will sign it.\n",
		"Council backs budget\n\n23 April 2026\n\nThe council backed the budget on Wednesday, and the mayor will sign it.\n",
		"Council backs budget\n\nBy Ann Lee, Court Reporter\nPublished: 16:05, 23 April 2026\n\nThe council backed the budget on Wednesday, and the mayor will sign it.\n",
	} {
		b, err := Draft(src, Options{Published: time.Date(2026, 4, 23, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(b.Dates, func(d briefing.DateRef) bool { return d.Value == "2026-04-23" && d.Text == "23 April 2026" }) {
			t.Errorf("the page's date is not drafted from %q: %+v", src, b.Dates)
		}
	}
}
