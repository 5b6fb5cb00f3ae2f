package draft

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// datePattern is one kind of date expression and how to resolve it.
type datePattern struct {
	re *regexp.Regexp
	// resolve turns the match groups into an ISO value and its precision,
	// given the published date and whether the sentence speaks of the future.
	resolve  func(g []string, pub time.Time, future bool) (string, string, bool)
	deadline bool
	// needs lists lower-case strings one of which the sentence must hold
	// for the pattern to be tried (a cheap filter; nil: a year's digits).
	needs []string
}

// monthNeeds and weekdayNeeds are matched with their case.
var (
	monthNeeds   = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	weekdayNeeds = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

const (
	monthPat   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)`
	yearPat    = `((?:1[89]|20)\d\d)`
	weekdayPat = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	countPat   = `(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`
)

var datePatterns = []datePattern{
	{needs: nil, re: regexp.MustCompile(`\b` + yearPat + `-(\d\d)-(\d\d)\b`), resolve: func(g []string, _ time.Time, _ bool) (string, string, bool) {
		return g[1] + "-" + g[2] + "-" + g[3], briefing.PrecisionDay, true
	}},
	{needs: monthNeeds, re: regexp.MustCompile(`\b` + monthPat + ` (\d{1,2})(?:st|nd|rd|th)?\b(?:,? ` + yearPat + `\b)?`), resolve: func(g []string, pub time.Time, future bool) (string, string, bool) {
		return dayValue(g[1], g[2], g[3], pub, future)
	}},
	{needs: monthNeeds, re: regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?` + monthPat + `(?:,? ` + yearPat + `\b)?`), resolve: func(g []string, pub time.Time, future bool) (string, string, bool) {
		return dayValue(g[2], g[1], g[3], pub, future)
	}},
	{needs: monthNeeds, re: regexp.MustCompile(`\b` + monthPat + `,? ` + yearPat + `\b`), resolve: func(g []string, _ time.Time, _ bool) (string, string, bool) {
		m := monthNumber(g[1])
		return g[2] + "-" + twoDigits(m), briefing.PrecisionMonth, m > 0
	}},
	{needs: []string{"between", "from"}, re: regexp.MustCompile(`\b(?:[Bb]etween|[Ff]rom) ` + yearPat + ` (?:and|to|until) ` + yearPat + `\b`), resolve: yearValue},
	{needs: []string{"-", "–"}, re: regexp.MustCompile(`\b` + yearPat + ` ?[-–] ?` + yearPat + `\b`), resolve: yearValue},
	{needs: nil, re: regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn) ` + yearPat + `\b`), resolve: yearValue},
	{needs: []string{"end of"}, re: regexp.MustCompile(`\b(?:[Bb]y|[Bb]efore|[Uu]ntil) the end of (?:` + monthPat + `|(this|next|the) (year|month))`), deadline: true, resolve: endOfValue},
	{needs: monthNeeds, re: regexp.MustCompile(`\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id-|[Tt]his|[Ll]ast|[Nn]ext|[Ee]nd of) )` + monthPat + `\b`), resolve: func(g []string, pub time.Time, future bool) (string, string, bool) {
		m := monthNumber(g[1])
		if m == 0 {
			return "", "", false
		}
		t := time.Date(pub.Year(), time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		t = pastOrFuture(t, pub, future)
		return t.Format("2006-01"), briefing.PrecisionMonth, true
	}},
	{needs: weekdayNeeds, re: regexp.MustCompile(`\b(?:(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his) )?` + weekdayPat + `\b`), resolve: weekdayValue},
	{needs: []string{"last", "next", "this", "past", "coming"}, re: regexp.MustCompile(`\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming) (week|month|year|weekend)\b`), resolve: relativeValue},
	{needs: []string{"yesterday", "today", "tomorrow", "tonight"}, re: regexp.MustCompile(`\b([Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b`), resolve: func(g []string, pub time.Time, _ bool) (string, string, bool) {
		days := map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[strings.ToLower(g[1])]
		return isoDay(pub.AddDate(0, 0, days)), briefing.PrecisionDay, true
	}},
	{needs: []string{"within"}, re: regexp.MustCompile(`\b[Ww]ithin (?:the next )?` + countPat + ` (days?|weeks?|months?|years?)\b`), deadline: true, resolve: withinValue},
	{needs: []string{"in "}, re: regexp.MustCompile(`\b[Ii]n (?:the next )?` + countPat + ` (days?|weeks?|months?|years?)\b`), resolve: func(g []string, pub time.Time, future bool) (string, string, bool) {
		if !future { // "its worst day in six weeks" looks back
			return "", "", false
		}
		return withinValue(g, pub, future)
	}},
}

// dayValue resolves a month and day, with the year given or inferred.
func dayValue(month, day, year string, pub time.Time, future bool) (string, string, bool) {
	m := monthNumber(month)
	dd, err := strconv.Atoi(day)
	if m == 0 || err != nil || dd < 1 || dd > 31 {
		return "", "", false
	}
	y := pub.Year()
	if year != "" {
		y, _ = strconv.Atoi(year)
	}
	t := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd {
		return "", "", false // 31 June
	}
	if year == "" {
		t = pastOrFuture(t, pub, future)
	}
	return isoDay(t), briefing.PrecisionDay, true
}

// pastOrFuture moves a date without a year by a year when it falls on the
// wrong side of the published date for the sentence's tense: a past event
// cannot be months ahead, a future one cannot be months behind.
func pastOrFuture(t, pub time.Time, future bool) time.Time {
	p := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	switch {
	case !future && t.After(p.AddDate(0, 1, 0)):
		return t.AddDate(-1, 0, 0)
	case future && t.Before(p.AddDate(0, -1, 0)):
		return t.AddDate(1, 0, 0)
	}
	return t
}

// yearValue resolves a year, or the first year of a range.
func yearValue(g []string, _ time.Time, _ bool) (string, string, bool) {
	return g[1], briefing.PrecisionYear, true
}

// weekdayValue resolves a weekday: the latest one on or before the
// published date in a past-tense sentence, the next one after it in a
// future one ("last" and "next" force the direction).
func weekdayValue(g []string, pub time.Time, future bool) (string, string, bool) {
	lead := strings.ToLower(strings.Fields(g[0])[0])
	wd := weekdayNumber(g[1])
	p := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	back := (int(p.Weekday()) - wd + 7) % 7
	switch {
	case lead == "next" || (future && lead != "last"):
		ahead := (wd - int(p.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return isoDay(p.AddDate(0, 0, ahead)), briefing.PrecisionDay, true
	case lead == "last" && back == 0:
		back = 7
	}
	return isoDay(p.AddDate(0, 0, -back)), briefing.PrecisionDay, true
}

// relativeValue resolves "last week", "next month", "this year" and the like.
func relativeValue(g []string, pub time.Time, _ bool) (string, string, bool) {
	dir := map[string]int{"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[strings.ToLower(strings.Fields(g[0])[0])]
	switch g[1] {
	case "week", "weekend":
		return isoDay(pub.AddDate(0, 0, 7*dir)), briefing.PrecisionDay, true
	case "month":
		t := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, dir, 0)
		return t.Format("2006-01"), briefing.PrecisionMonth, true
	}
	return strconv.Itoa(pub.Year() + dir), briefing.PrecisionYear, true
}

// endOfValue resolves "by the end of March" or "by the end of next year".
func endOfValue(g []string, pub time.Time, _ bool) (string, string, bool) {
	if g[1] != "" {
		m := monthNumber(g[1])
		t := time.Date(pub.Year(), time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		if t.Year() == pub.Year() && int(pub.Month()) > m {
			t = t.AddDate(1, 0, 0) // a deadline lies ahead
		}
		return t.Format("2006-01"), briefing.PrecisionMonth, m > 0
	}
	dir := 0
	if g[2] == "next" {
		dir = 1
	}
	if g[3] == "month" {
		return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, dir, 0).Format("2006-01"), briefing.PrecisionMonth, true
	}
	return strconv.Itoa(pub.Year() + dir), briefing.PrecisionYear, true
}

// withinValue resolves "within three months" to the day the period ends.
func withinValue(g []string, pub time.Time, _ bool) (string, string, bool) {
	n := countValue(g[1])
	if n <= 0 {
		return "", "", false
	}
	switch strings.TrimSuffix(g[2], "s") {
	case "day":
		return isoDay(pub.AddDate(0, 0, n)), briefing.PrecisionDay, true
	case "week":
		return isoDay(pub.AddDate(0, 0, 7*n)), briefing.PrecisionDay, true
	case "month":
		return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0).Format("2006-01"), briefing.PrecisionMonth, true
	}
	return strconv.Itoa(pub.Year() + n), briefing.PrecisionYear, true
}

var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// countValue reads a small count written in words or digits.
func countValue(s string) int {
	if n, ok := countWords[strings.ToLower(s)]; ok {
		return n
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

var monthNames = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// monthNumber returns 1–12 for a month name or abbreviation, 0 otherwise.
func monthNumber(s string) int {
	l := strings.ToLower(s)
	if len(l) < 3 {
		return 0
	}
	for i, m := range monthNames {
		if l[:3] == m {
			return i + 1
		}
	}
	return 0
}

// weekdayNumber returns 0 (Sunday) to 6 for a weekday name.
func weekdayNumber(s string) int {
	for i := time.Sunday; i <= time.Saturday; i++ {
		if strings.EqualFold(i.String(), s) {
			return int(i)
		}
	}
	return 0
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
