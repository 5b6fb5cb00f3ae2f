package draft

import (
	"reflect"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestBackground(t *testing.T) {
	text := paragraphs(
		"The two presidents met in Rabat on Monday to discuss trade.",
		"The ministers signed a trade pact in March 2019.",
		"After that visit, exporters doubled their shipments.",
		"The talks will continue on Tuesday.",
		"Ties have grown since 2001, when the first embassy opened.",
		"Officials said the talks went well.",
		"The countries had agreed a free trade zone a decade earlier.",
		"Next year both sides will mark 60 years of diplomatic relations.",
	)
	d := testDoc(t, text, nil, []string{"March 2019=2019-03", "2001=2001", "Monday=2020-08-31", "Tuesday=2020-09-01", "Next year=2021"})
	summary := []briefing.Item{{Spans: []briefing.Span{d.sentences[0]}}}
	got := background(d, summary)
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
		{"", "The countries had agreed a free trade zone a decade earlier."},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("background:\n got %q\nwant %q", rows, want)
	}
}

func TestBackgroundLeavesOutSummary(t *testing.T) {
	text := paragraphs("The pact was first signed in 2016 in Beijing.", "The ministers met on Monday.")
	d := testDoc(t, text, nil, []string{"2016=2016", "Monday=2020-08-31"})
	summary := []briefing.Item{{Spans: []briefing.Span{d.sentences[0]}}}
	if got := background(d, summary); len(got) != 0 {
		t.Errorf("background repeats the summary: %+v", got)
	}
	if got := background(d, nil); len(got) != 1 || got[0].When != "2016" {
		t.Errorf("background without summary = %+v, want the 2016 sentence", got)
	}
}

func TestBackgroundOldArticleDraftedLater(t *testing.T) {
	// Published defaults to the day of drafting; an article from 2004 is read
	// from its own latest year, so its 2004 news is not background.
	text := paragraphs("Profits rose 8% in 2004, the firm said.", "Profits had fallen in 2001 after a crash.")
	d := testDoc(t, text, nil, []string{"2004=2004", "2001=2001"})
	got := background(d, nil)
	if len(got) != 1 || got[0].When != "2001" {
		t.Errorf("background = %+v, want only the 2001 sentence", got)
	}
}
