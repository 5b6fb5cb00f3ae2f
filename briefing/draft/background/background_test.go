package background

import (
	"reflect"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func TestBackground(t *testing.T) {
	text := drafttest.Paragraphs(
		"The two presidents met in Rabat on Monday to discuss trade.",
		"The ministers signed a trade pact in March 2019.",
		"After that visit, exporters doubled their shipments.",
		"The talks will continue on Tuesday.",
		"Ties have grown since 2001, when the first embassy opened.",
		"Officials said the talks went well.",
		"The countries had agreed a free trade zone a decade earlier.",
		"Next year both sides will mark 60 years of diplomatic relations.",
	)
	d := drafttest.Marked(t, text, nil, []string{"March 2019=2019-03", "2001=2001", "Monday=2020-08-31", "Tuesday=2020-09-01", "Next year=2021"})
	summary := []briefing.Item{{Spans: []briefing.Span{d.Sentences[0]}}}
	got := Items(d, summary)
	type row struct{ when, text string }
	var rows []row
	for _, it := range got {
		rows = append(rows, row{it.When, it.Text})
	}
	want := []row{
		{"2001", "Ties have grown since 2001, when the first embassy opened."},
		{"2019-03", "The ministers signed a trade pact in March 2019."},
		{"2019-03", "After that visit, exporters doubled their shipments."},
		{"2021", "Next year both sides will mark 60 years of diplomatic relations."},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("background:\n got %q\nwant %q", rows, want)
	}
}

func TestBackgroundLeavesOutSummary(t *testing.T) {
	text := drafttest.Paragraphs("The pact was first signed in 2016 in Beijing.", "The ministers met on Monday.")
	d := drafttest.Marked(t, text, nil, []string{"2016=2016", "Monday=2020-08-31"})
	summary := []briefing.Item{{Spans: []briefing.Span{d.Sentences[0]}}}
	if got := Items(d, summary); len(got) != 0 {
		t.Errorf("background repeats the summary: %+v", got)
	}
	if got := Items(d, nil); len(got) != 1 || got[0].When != "2016" {
		t.Errorf("background without summary = %+v, want the 2016 sentence", got)
	}
}

func TestBackgroundOldArticleDraftedLater(t *testing.T) {
	// Published defaults to the day of drafting; an article from 2004 is read
	// from its own latest year, so its 2004 news is not background.
	text := drafttest.Paragraphs("Profits rose 8% in 2004, the firm said.", "Profits had fallen in 2001 after a crash.")
	d := drafttest.Marked(t, text, nil, []string{"2004=2004", "2001=2001"})
	got := Items(d, nil)
	if len(got) != 1 || got[0].When != "2001" {
		t.Errorf("background = %+v, want only the 2001 sentence", got)
	}
}

func TestBackgroundEvents(t *testing.T) {
	tests := []struct {
		construction string
		text         string
		dates        []string
		want         [][2]string // when, text
	}{
		{"two events joined by a semicolon",
			drafttest.Paragraphs("The port reopened on Monday.", "The firm was founded in 1990; it was floated on the stock market in 1998."),
			[]string{"Monday=2020-08-31", "1990=1990", "1998=1998"},
			[][2]string{{"1990", "The firm was founded in 1990;"}, {"1998", "it was floated on the stock market in 1998."}}},
		{"two verbs joined by and, each with its own date",
			drafttest.Paragraphs("The port reopened on Monday.", "The party was founded in 1990 and first won seats in 1999."),
			[]string{"Monday=2020-08-31", "1990=1990", "1999=1999"},
			[][2]string{{"1990", "The party was founded in 1990"}, {"1999", "first won seats in 1999."}}},
		{"a joined verb dated by a day counted from the first",
			drafttest.Paragraphs("The port reopened on Monday.", "Detectives had appealed for witnesses on 3 August and received more than 40 calls by the following day."),
			[]string{"Monday=2020-08-31", "3 August=2020-08-03", "the following day=2020-08-04"},
			[][2]string{{"2020-08-03", "Detectives had appealed for witnesses on 3 August"}, {"2020-08-04", "received more than 40 calls by the following day."}}},
		{"two verbs joined by and, one date: one event",
			drafttest.Paragraphs("The port reopened on Monday.", "The firm was sold and broken up in 1998."),
			[]string{"Monday=2020-08-31", "1998=1998"},
			[][2]string{{"1998", "The firm was sold and broken up in 1998."}}},
		{"the first past date, not one in an aside",
			drafttest.Paragraphs("Talks resumed on Monday.", "In 2019, the US ended an agreement, reached in 1992, that capped subsidies."),
			[]string{"Monday=2020-08-31", "2019=2019", "1992=1992"},
			[][2]string{{"2019", "In 2019, the US ended an agreement, reached in 1992, that capped subsidies."}}},
		{"an undated history sentence is left out",
			drafttest.Paragraphs("Talks resumed on Monday.", "The countries had agreed a free trade zone a decade earlier."),
			[]string{"Monday=2020-08-31"},
			nil},
		{"an event without a date of its own takes the sentence's, and events sort by date",
			drafttest.Paragraphs("Talks resumed on Monday.", "The pact lapsed in 2019 after a dispute.",
				"WASHINGTON – The two sides signed a pact in 2016; it was hailed as a breakthrough at the time."),
			[]string{"Monday=2020-08-31", "2016=2016", "2019=2019"},
			[][2]string{{"2016", "The two sides signed a pact in 2016;"}, {"2016", "it was hailed as a breakthrough at the time."},
				{"2019", "The pact lapsed in 2019 after a dispute."}}},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			d := drafttest.Marked(t, tt.text, nil, tt.dates)
			var got [][2]string
			for _, it := range Items(d, nil) {
				got = append(got, [2]string{it.When, it.Text})
				if len(it.Spans) != 1 || d.Text[it.Spans[0].Start:it.Spans[0].End] != it.Text {
					t.Errorf("item %q: span %v does not cover exactly its words", it.Text, it.Spans)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("background\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestNoEventToldIsNoBackground checks that a questioner's turn, a call
// to the reader and a counterfactual are no background items, whatever
// past they mention.
func TestNoEventToldIsNoBackground(t *testing.T) {
	for _, tt := range []struct {
		construction string
		text         []string
		dates        []string
		told         string
	}{
		{"a question put in a transcript", []string{
			"MINISTER: Thank you. We signed the agreement on Friday.",
			"Q: (Jonas Krell, Continental Wire) Minister, last year you said Estavia would never negotiate while the crossing was closed. Why the change?",
			"A: It is a practical matter.",
		}, []string{"last year=2019", "Friday=2020-08-28"}, "you said"},
		{"a call to the reader", []string{
			"Fares will rise by 4.6% from March, the department announced on Thursday.",
			"Ask your MP whether they stood on a platform last year and repeated that promise.",
		}, []string{"last year=2019", "Thursday=2020-08-27"}, "Ask"},
		{"what would have been had the past been otherwise", []string{
			"The council opened a consultation on closing the school on Monday.",
			"\"If they had spent the money five years ago, we would not be here,\" the councillor said.",
		}, []string{"five years ago=2015", "Monday=2020-08-31"}, "spent the money"},
	} {
		d := drafttest.Marked(t, drafttest.Paragraphs(tt.text...), nil, tt.dates)
		for _, it := range Items(d, nil) {
			if strings.Contains(it.Text, tt.told) {
				t.Errorf("%s is a background item: %q", tt.construction, it.Text)
			}
		}
	}
}

// TestForecastIsNoBackground checks that a present forecast whose past
// date only compares is no background item, while a past event is.
func TestForecastIsNoBackground(t *testing.T) {
	text := drafttest.Paragraphs(
		"Brackwater Group today announces its half-year results.",
		"The Board now expects full-year profit to be in the range of £95 million to £105 million, below the £118 million reported last year.",
		"The Group closed its Dunmere plant in March 2018.",
	)
	d := drafttest.Marked(t, text, nil, []string{"last year=2019", "March 2018=2018-03"})
	var got []string
	for _, it := range Items(d, nil) {
		got = append(got, it.When)
	}
	if !reflect.DeepEqual(got, []string{"2018-03"}) {
		t.Errorf("background dated %q, want only the closure's 2018-03", got)
	}
}

// TestNotesToEditorsAreNoBackground checks that the facts a release's
// notes to editors give about its issuers are no background items.
func TestNotesToEditorsAreNoBackground(t *testing.T) {
	text := "Halden University today announces a freeze of tuition fees.\n\nFees for home students will stay at their current level.\n\nNotes to editors\n\n1. Halden University was founded in 1965 and has around 19,000 students.\n"
	d := drafttest.Marked(t, text, nil, []string{"1965=1965"})
	for _, it := range Items(d, nil) {
		if strings.Contains(it.Text, "founded") {
			t.Errorf("a note to editors is a background item: %q", it.Text)
		}
	}
}
