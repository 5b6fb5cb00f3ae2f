package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// A stretch of months named by its first and last month ("the January to
// March quarter", "the (April-June) period") is a period of calendar time:
// one date, dated by the year both months fall in. The year the words
// after it give ("of last year", "of 2004") decides; else the tense, as
// for the first month alone. A range opened by "from" or "between" dates
// each end instead (the patterns after this one).

// monthRangeRe matches a month-to-month stretch (submatch 2), the "from"
// or "between" that makes it a range of two dates (submatch 1), and the
// year a noun after it may give: "this", "last" or "next" year (submatch
// 5) or a year in digits (submatch 6).
var monthRangeRe = regexp.MustCompile(`\b(?:([Ff]rom|[Bb]etween) )?(` + monthPat + ` ?(?:to|through|-|–) ?` + monthPat + `)\)?` +
	`(?: [a-z]+ of (?:(this|last|next) year|` + yearPat + `)\b)?`)

// monthRangePattern is the date pattern of a month-to-month stretch.
var monthRangePattern = datePattern{needs: monthNeeds, group: 2, re: monthRangeRe, resolve: monthRangeValue}

// monthRangeValue resolves a month-to-month stretch to its year.
func monthRangeValue(g []string, pub time.Time, t tense) (string, string, bool) {
	if g[1] != "" {
		return "", "", false
	}
	switch strings.ToLower(g[5]) {
	case "this":
		return strconv.Itoa(pub.Year()), briefing.PrecisionYear, true
	case "last":
		return strconv.Itoa(pub.Year() - 1), briefing.PrecisionYear, true
	case "next":
		return strconv.Itoa(pub.Year() + 1), briefing.PrecisionYear, true
	}
	if g[6] != "" {
		return g[6], briefing.PrecisionYear, true
	}
	v, _, ok := monthValue([]string{g[3], g[3]}, pub, t)
	if !ok {
		return "", "", false
	}
	return v[:4], briefing.PrecisionYear, true
}

// rangeEndValue resolves the month that ends a range opened by "from" or
// "between" (submatch 1; the months are submatches 2 and 3): the first
// such month not before the opening month, which is resolved as the tense
// points, a "from" with no tense looking ahead ("will run a campaign from
// February to April" in March: February and April of next year).
func rangeEndValue(g []string, pub time.Time, t tense) (string, string, bool) {
	if strings.EqualFold(g[1], "from") && t == tenseEither {
		t = tenseFuture
	}
	start, _, ok := monthValue([]string{g[2], g[2]}, pub, t)
	end := monthNumber(g[3])
	if !ok || end == 0 {
		return "", "", false
	}
	from, err := time.Parse("2006-01", start)
	if err != nil {
		return "", "", false
	}
	y := from.Year()
	if time.Month(end) < from.Month() {
		y++
	}
	return time.Date(y, time.Month(end), 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), briefing.PrecisionMonth, true
}
