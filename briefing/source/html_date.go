package source

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Dates a page states for people rather than in its metadata: in its
// address (…/2024/03/12/…), in an element classed as a date ("date",
// "release-date", "entry-date") or after a "Published" label.

var (
	addressDateRe = regexp.MustCompile(`/((?:19|20|21)\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/-]|$)`)
	monthNames    = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
	dayMonthRe    = regexp.MustCompile(`(?i)\b(\d\d?)(?:st|nd|rd|th)?\s+` + monthNames + `\.?,?\s+(\d{4})\b`)
	monthDayRe    = regexp.MustCompile(`(?i)\b` + monthNames + `\.?\s+(\d\d?)(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	isoDayRe      = regexp.MustCompile(`\b(\d{4})-(\d\d)-(\d\d)\b`)
	publishedRe   = regexp.MustCompile(`(?i)^(?:first\s+)?(?:published|posted)(?:\s+on)?\b:?`)
)

// addressDate returns the date in a web address's path, or the zero time.
func addressDate(address string) time.Time {
	if i := strings.IndexAny(address, "?#"); i >= 0 {
		address = address[:i]
	}
	if s := addressDateRe.FindStringSubmatch(address); s != nil {
		return makeDate(s[1], s[2], s[3])
	}
	return time.Time{}
}

// textDate returns the first date written out in s ("14 June 2022",
// "Jan 22, 2024", "2024-04-30"), or the zero time.
func textDate(s string) time.Time {
	type found struct {
		at      int
		y, m, d string
	}
	best := found{at: -1}
	keep := func(at int, y, m, d string) {
		if best.at < 0 || at < best.at {
			best = found{at, y, m, d}
		}
	}
	if i := dayMonthRe.FindStringSubmatchIndex(s); i != nil {
		keep(i[0], s[i[6]:i[7]], s[i[4]:i[5]], s[i[2]:i[3]])
	}
	if i := monthDayRe.FindStringSubmatchIndex(s); i != nil {
		keep(i[0], s[i[6]:i[7]], s[i[2]:i[3]], s[i[4]:i[5]])
	}
	if i := isoDayRe.FindStringSubmatchIndex(s); i != nil {
		keep(i[0], s[i[2]:i[3]], s[i[4]:i[5]], s[i[6]:i[7]])
	}
	if best.at < 0 {
		return time.Time{}
	}
	return makeDate(best.y, best.m, best.d)
}

// makeDate builds a date from a year, a month (number or English name) and
// a day; the zero time when they do not make a plausible date.
func makeDate(year, month, day string) time.Time {
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	m, err := strconv.Atoi(month)
	if err != nil {
		m = monthNumber(month)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d {
		return time.Time{}
	}
	return plausible(t)
}

// monthNumber returns the number of an English month name or its
// abbreviation, or 0.
func monthNumber(name string) int {
	name = strings.ToLower(name)
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), name[:min(3, len(name))]) {
			return int(m)
		}
	}
	return 0
}

// noteStatedDate keeps the first date the page states in an element
// classed as a date, or after a "Published" label (in the label's own text
// or the text that follows it).
func (m *pageMeta) noteStatedDate(n *html.Node) {
	if !m.stated.IsZero() {
		return
	}
	switch n.Type {
	case html.ElementNode:
		if isDateClass(attr(n, "class")) {
			m.stated = textDate(nodeText(n))
		}
	case html.TextNode:
		text := strings.TrimSpace(n.Data)
		if text == "" {
			return
		}
		if m.afterLabel {
			m.stated, m.afterLabel = textDate(text), false
		}
		if loc := publishedRe.FindStringIndex(text); loc != nil {
			m.stated = textDate(text[loc[1]:])
			m.afterLabel = m.stated.IsZero() && strings.TrimSpace(text[loc[1]:]) == ""
		}
	}
}

// isDateClass reports whether a class attribute names a date: a class
// "date", "pubdate" or "published", or one with such a part ("release-date").
func isDateClass(class string) bool {
	return slices.ContainsFunc(nameParts(class), func(part string) bool {
		return part == "date" || part == "pubdate" || part == "published"
	})
}
