package dates

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// stampDates returns the whole dates, with their year, that the head of
// a document gives for the day it was written or issued: the date line of
// a message's or a memo's header ("Date: Tuesday 7 October 2025,
// 07:30"), and a date on a line of furniture above the first sentence of
// the prose ("26 February 2026", "Published September 2, 2026, 6:45 p.m.
// CDT"). That furniture is no sentence of the prose, so other stages never
// read it; with the year written out its dates need no tense to resolve.
func stampDates(d *doc.Document) []doc.DateMention {
	var out []doc.DateMention
	for _, f := range text.MailHeader(d.Text) {
		if f.Label == "date" || f.Label == "sent" {
			out = appendWholeDates(d, f.Value, out)
		}
	}
	body := len(d.Text)
	if first := text.BodySentences(d); len(first) > 0 {
		body = d.Sentences[first[0]].Start
	}
	for _, f := range d.Furniture {
		if f.End <= body {
			out = appendWholeDates(d, f, out)
		}
	}
	return out
}

// appendWholeDates appends to out the dates of span sp that give their
// year and a month or a day.
func appendWholeDates(d *doc.Document, sp briefing.Span, out []doc.DateMention) []doc.DateMention {
	line := &doc.Document{Text: d.Text, Published: d.Published, Sentences: []briefing.Span{sp}}
	for _, m := range appendSentenceDates(line, 0, sp, nil) {
		if hasYear(m.Text) && (m.Precision == briefing.PrecisionDay || m.Precision == briefing.PrecisionMonth) {
			m.Sent = -1
			out = append(out, m)
		}
	}
	return out
}
