package source

import (
	"net/mail"
	"strings"
	"time"
)

// dateLayouts are the forms publication dates take in web pages and
// mail headers, most specific first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"January 2, 2006",
	"2 January 2006",
}

// parseDate reads a publication date; it returns the zero time when the
// text is not a date or the year is implausible for a news article.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return plausible(t)
		}
	}
	if t, err := mail.ParseDate(s); err == nil {
		return plausible(t)
	}
	return time.Time{}
}

func plausible(t time.Time) time.Time {
	if t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}
	}
	return t
}
