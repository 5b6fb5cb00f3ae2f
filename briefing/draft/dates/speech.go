package dates

import (
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// A quotation in a report of a past event was spoken on the day of that
// event: "today" in it ("We have heard many promises today," she said)
// is that day, not the day of publication.

// maxReportLag is how many days before publication the reported event may
// lie for a quotation's "today" to be its day.
const maxReportLag = 6

// quoted reports whether byte offset at lies inside quotation marks
// opened in its paragraph (a quotation may run over several sentences):
// more curly marks opened than closed before it, or an odd number of
// straight ones.
func quoted(d *doc.Document, at int) bool {
	para := d.Text[strings.LastIndexByte(d.Text[:at], '\n')+1 : at]
	open := strings.Count(para, "“") - strings.Count(para, "”")
	return open > 0 || strings.Count(para, `"`)%2 == 1
}

// reportedDay returns the day of the event a quotation at byte offset at
// of sentence s reports: the last day named before it ("she said on
// Thursday"), in this sentence or the earlier ones, in a past clause and
// at most maxReportLag days before publication.
func reportedDay(d *doc.Document, s int, before, same []doc.DateMention, at int) (string, bool) {
	pub := pubDay(d.Published)
	fits := func(m doc.DateMention) bool {
		if !m.Past || m.Precision != briefing.PrecisionDay {
			return false
		}
		day, err := time.Parse("2006-01-02", m.Value)
		return err == nil && day.Before(pub) && !day.Before(pub.AddDate(0, 0, -maxReportLag))
	}
	for k := len(same) - 1; k >= 0; k-- {
		if same[k].Span.Start < at && fits(same[k]) {
			return same[k].Value, true
		}
	}
	for k := len(before) - 1; k >= 0; k-- {
		if fits(before[k]) {
			return before[k].Value, true
		}
	}
	return "", false
}
