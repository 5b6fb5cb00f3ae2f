package pdf

import (
	"fmt"
	"strings"
	"time"
)

// timeLayouts are the forms a brief's Created and Updated stamps take.
var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"}

// parseStamp reads a timestamp of the brief, in UTC.
func parseStamp(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// dtg formats a time as a military date-time group: 261530Z NOV 26.
func dtg(t time.Time) string {
	return fmt.Sprintf("%02d%02d%02dZ %s %02d", t.Day(), t.Hour(), t.Minute(),
		strings.ToUpper(t.Format("Jan")), t.Year()%100)
}

// longDate formats a time as a plain date: 26 November 2026.
func longDate(t time.Time) string { return t.Format("2 January 2006") }

// humanDate turns an ISO date of the brief (2020-08-20, 2016-05, 2016) into
// a reader's form (20 Aug 2020, May 2016, 2016); other text is returned
// as it is.
func humanDate(iso string) string {
	for _, f := range []struct{ in, out string }{
		{"2006-01-02", "2 Jan 2006"}, {"2006-01", "Jan 2006"}, {"2006", "2006"},
	} {
		if len(iso) == len(f.in) {
			if t, err := time.Parse(f.in, iso); err == nil {
				return t.Format(f.out)
			}
		}
	}
	return iso
}

// docDate is the date stored as the PDF's creation date: the brief's
// Created stamp, else Updated, else the source's publication date, else
// a fixed date, so that the same brief always gives the same bytes.
func docDate(created, updated, published string) time.Time {
	for _, s := range []string{created, updated, published} {
		if t, ok := parseStamp(s); ok {
			return t
		}
	}
	return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
}
