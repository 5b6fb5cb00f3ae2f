package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
// more curly marks opened than closed before it, or a straight mark
// nearest before it that opens a quotation, standing after a space, a
// colon or the paragraph's start and before a word. News copy often opens
// each sentence of a long quotation without closing the one before, so
// straight marks are read by where they stand, not counted.
func quoted(d *doc.Document, at int) bool {
	start := strings.LastIndexByte(d.Text[:at], '\n') + 1
	para := d.Text[start:at]
	if strings.Count(para, "“")-strings.Count(para, "”") > 0 {
		return true
	}
	i := strings.LastIndexByte(para, '"')
	return i >= 0 && opensQuotation(d.Text, start, start+i)
}

// opensQuotation reports whether the straight quotation mark at byte i of
// s, in a paragraph starting at byte start, opens a quotation: the
// paragraph's start, a space, a colon or a bracket before it, and a letter
// or digit after it.
func opensQuotation(s string, start, i int) bool {
	if i+1 >= len(s) || !unicode.IsLetter(rune(s[i+1])) && !unicode.IsDigit(rune(s[i+1])) && s[i+1] < utf8.RuneSelf {
		return false
	}
	return i == start || strings.ContainsRune(" \t:([—–-", rune(s[i-1])) || s[i-1] >= utf8.RuneSelf
}

// reportedDay returns the day of the event a quotation at byte offset at
// of sentence s reports: the last day named before it ("she said on
// Thursday"), in this sentence or the earlier ones, in a past clause and
// at most maxReportLag days before publication. A day that is the day of
// publication ("she said on Friday", published that Friday) is the last
// such day too: the quotation's "today" is then that day, not an earlier
// day named before it.
func reportedDay(d *doc.Document, s int, before, same []doc.DateMention, at int) (time.Time, bool) {
	pub := pubDay(d.Published)
	dayOf := func(m doc.DateMention) (time.Time, bool) {
		if !m.Past || m.Precision != briefing.PrecisionDay {
			return time.Time{}, false
		}
		day, err := time.Parse("2006-01-02", m.Value)
		return day, err == nil && !day.After(pub) && !day.Before(pub.AddDate(0, 0, -maxReportLag))
	}
	for k := len(same) - 1; k >= 0; k-- {
		if day, ok := dayOf(same[k]); ok && same[k].Span.Start < at {
			return day, true
		}
	}
	for k := len(before) - 1; k >= 0; k-- {
		if day, ok := dayOf(before[k]); ok {
			return day, true
		}
	}
	return time.Time{}, false
}
