package dates

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// stampDates returns the whole dates, with their year, that the header of
// a message or a memo gives on its date line ("Date: Tuesday 7 October
// 2025, 07:30"): the day the document itself was written. The header is
// furniture, so no sentence of the prose holds them and other stages never
// read them; with the year written out they need no tense to resolve. A
// web page's byline stamps ("Published 10:42 GMT, 23 April 2026") are
// left out: they date the page, not what it tells.
func stampDates(d *doc.Document) []doc.DateMention {
	var out []doc.DateMention
	for _, f := range text.MailHeader(d.Text) {
		if f.Label != "date" && f.Label != "sent" {
			continue
		}
		line := &doc.Document{Text: d.Text, Published: d.Published, Sentences: []briefing.Span{f.Value}}
		for _, m := range appendSentenceDates(line, 0, f.Value, nil) {
			if hasYear(m.Text) && (m.Precision == briefing.PrecisionDay || m.Precision == briefing.PrecisionMonth) {
				m.Sent = -1
				out = append(out, m)
			}
		}
	}
	return out
}
