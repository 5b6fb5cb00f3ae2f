package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// pick chooses among candidate dates the one the tense points to, each
// compared with ref (the published day, or its month's first day for
// month candidates): the latest not after ref for a past clause, the
// earliest not before it for a future one, else the nearest (a tie goes
// ahead).
func pick(cands []time.Time, ref time.Time, t tense) time.Time {
	best := time.Time{}
	for _, c := range cands {
		switch t {
		case TensePast:
			if !c.After(ref) && (best.IsZero() || c.After(best)) {
				best = c
			}
		case tenseFuture:
			if !c.Before(ref) && (best.IsZero() || c.Before(best)) {
				best = c
			}
		default:
			if best.IsZero() || absDays(c, ref) < absDays(best, ref) || absDays(c, ref) == absDays(best, ref) && c.After(best) {
				best = c
			}
		}
	}
	if best.IsZero() {
		return pick(cands, ref, tenseUnknown)
	}
	return best
}

func absDays(a, b time.Time) time.Duration {
	if a.Before(b) {
		return b.Sub(a)
	}
	return a.Sub(b)
}

// pubDay is the published date at midnight UTC.
func pubDay(pub time.Time) time.Time {
	return time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
}

// dayValue resolves a day and month with the year given or, without one,
// the year the tense points to; a weekday given with the date picks the
// year in which the day falls on it ("Monday 20 July").
func dayValue(weekday, month, day, year string, pub time.Time, t tense) (string, string, bool) {
	m := monthNumber(month)
	dd, err := strconv.Atoi(day)
	if m == 0 || err != nil || dd < 1 || dd > 31 {
		return "", "", false
	}
	if year != "" {
		y, _ := strconv.Atoi(year)
		c := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		return ISODay(c), briefing.PrecisionDay, c.Day() == dd
	}
	var cands, agree []time.Time
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		c := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		if c.Day() != dd {
			continue // 29 February in a common year
		}
		cands = append(cands, c)
		if wd := weekdayNumber(weekday); wd >= 0 && int(c.Weekday()) == wd {
			agree = append(agree, c)
		}
	}
	if len(cands) == 0 {
		return "", "", false // 31 June
	}
	if len(agree) > 0 {
		cands = agree
	}
	if t == tensePresent {
		t = tenseFuture // "the arrangement expires on 31 December": a present with a day is a schedule
	}
	return ISODay(pick(cands, pubDay(pub), t)), briefing.PrecisionDay, true
}

// monthValue resolves a month without a year: this year's, last year's or
// next year's, as the tense points ("in March": past in May → this March,
// future in May → next March); "next" or "last" before the month of
// publication names it a year on or a year back.
func monthValue(g []string, pub time.Time, t tense) (string, string, bool) {
	m := monthNumber(g[1])
	if m == 0 {
		return "", "", false
	}
	lead := strings.ToLower(text.FirstWord(g[0]))
	if lead == "last" {
		t = TensePast
	} else if lead == "next" {
		t = tenseFuture
	}
	if step := map[string]int{"next": 1, "last": -1}[lead]; step != 0 && time.Month(m) == pub.Month() {
		return time.Date(pub.Year()+step, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), briefing.PrecisionMonth, true // "next March" said in March: a year on
	}
	if t == tensePresent {
		t = tenseFuture // "its mandate expires in October": a present with a month is a schedule
	}
	var cands []time.Time
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		cands = append(cands, time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC))
	}
	ref := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	return pick(cands, ref, t).Format("2006-01"), briefing.PrecisionMonth, true
}

// weekdayValue resolves a weekday: the one on or before the published day
// in a past clause, on or after it in a future or present one ("the trial
// opens on Monday"), else the nearest; "last" forces the past and
// excludes the day itself, "next" names the day in the week after the
// published day's (weeks open on Monday).
func weekdayValue(g []string, pub time.Time, t tense) (string, string, bool) {
	wd := weekdayNumber(g[1])
	p := pubDay(pub)
	if wd < 0 {
		return "", "", false
	}
	lead := strings.ToLower(text.FirstWord(g[0]))
	from, to := -6, 6
	switch {
	case lead == "last":
		from, to, t = -7, -1, TensePast
	case lead == "next":
		from = 7 - (int(p.Weekday())+6)%7 // "next Tuesday" is the Tuesday of next week, even said on a Monday
		to, t = from+6, tenseFuture
	case t == tensePresent:
		t = tenseFuture // "the trial opens on Monday"
	}
	var cands []time.Time
	for k := from; k <= to; k++ {
		if c := p.AddDate(0, 0, k); int(c.Weekday()) == wd {
			cands = append(cands, c)
		}
	}
	return ISODay(pick(cands, p, t)), briefing.PrecisionDay, true
}

// weekendValue resolves "at the weekend", "after the weekend" to the
// month of the weekend the tense points to: the one before publication in
// a past clause, the coming one in a future or present one, else the
// nearest. "After the weekend" is the Monday after it; ISO dates have no
// week precision.
func weekendValue(g []string, pub time.Time, t tense) (string, string, bool) {
	p := pubDay(pub)
	if t == tensePresent {
		t = tenseFuture
	}
	var cands []time.Time
	for k := -6; k <= 6; k++ {
		if c := p.AddDate(0, 0, k); c.Weekday() == time.Saturday {
			cands = append(cands, c)
		}
	}
	day := pick(cands, p, t)
	if strings.EqualFold(g[1], "after") {
		day = day.AddDate(0, 0, 2)
	}
	return day.Format("2006-01"), briefing.PrecisionMonth, true
}

// relativeValue resolves "last week", "next month", "earlier this year"
// and the like. A week is given to the month it falls in: ISO dates have
// no week precision.
func relativeValue(g []string, pub time.Time, _ tense) (string, string, bool) {
	dir := map[string]int{"last": -1, "next": 1, "coming": 1, "this": 0}[strings.ToLower(g[1])]
	switch g[2] {
	case "week", "weekend":
		return pub.AddDate(0, 0, 7*dir).Format("2006-01"), briefing.PrecisionMonth, true
	case "month":
		t := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, dir, 0)
		return t.Format("2006-01"), briefing.PrecisionMonth, true
	}
	return strconv.Itoa(pub.Year() + dir), briefing.PrecisionYear, true
}

// namedYearValue resolves "the new year": the coming one, late in a year;
// else the current one.
func namedYearValue(_ []string, pub time.Time, _ tense) (string, string, bool) {
	y := pub.Year()
	if pub.Month() >= time.October {
		y++
	}
	return strconv.Itoa(y), briefing.PrecisionYear, true
}

// partValue resolves "the end of March", "the beginning of next year",
// "by the end of the month", "the end of the week" (to its month): a
// month as the tense points (a deadline lies ahead), or a year.
func partValue(g []string, pub time.Time, t tense) (string, string, bool) {
	if g[1] != "" {
		return monthValue([]string{g[1], g[1]}, pub, t)
	}
	dir := map[string]int{"next": 1, "last": -1}[strings.ToLower(g[2])]
	if g[3] == "week" {
		return pub.AddDate(0, 0, 7*dir).Format("2006-01"), briefing.PrecisionMonth, true // ISO dates have no week
	}
	if g[3] == "month" {
		return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, dir, 0).Format("2006-01"), briefing.PrecisionMonth, true
	}
	return strconv.Itoa(pub.Year() + dir), briefing.PrecisionYear, true
}

// rangeStartValue resolves the first day of a range whose year is given
// at its end (groups: the day and month, the day, its month, the last
// month, the year).
func rangeStartValue(g []string, _ time.Time, _ tense) (string, string, bool) {
	y, err := strconv.Atoi(g[5])
	first, last := monthNumber(g[3]), monthNumber(g[4])
	day, derr := strconv.Atoi(g[2])
	if err != nil || derr != nil || first == 0 || last == 0 || day < 1 || day > 31 {
		return "", "", false
	}
	if first > last {
		y-- // "30 December to 2 January 2026"
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, first, day), briefing.PrecisionDay, true
}

// decadeValue resolves "the 1990s" to its first year, "the early 1980s"
// to its third, "the mid-1990s" to its sixth and "the late 1970s" to its
// ninth.
func decadeValue(g []string, _ time.Time, _ tense) (string, string, bool) {
	y, err := strconv.Atoi(g[2] + "0")
	if err != nil {
		return "", "", false
	}
	y += map[string]int{"early": 2, "mid": 5, "late": 8}[strings.ToLower(g[1])]
	return strconv.Itoa(y), briefing.PrecisionYear, true
}

// agoValue resolves "two years ago" at the precision of its unit (a week
// to its month).
func agoValue(g []string, pub time.Time, _ tense) (string, string, bool) {
	n := countValue(g[1])
	if n <= 0 {
		return "", "", false
	}
	if strings.HasPrefix(g[2], "week") {
		return pub.AddDate(0, 0, -7*n).Format("2006-01"), briefing.PrecisionMonth, true
	}
	return offsetValue(-n, g[2], pub)
}

// offsetValue is the day, month or year n units (days, weeks, months,
// years) from pub, at the unit's precision.
func offsetValue(n int, unit string, pub time.Time) (string, string, bool) {
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		return ISODay(pub.AddDate(0, 0, n)), briefing.PrecisionDay, true
	case "week":
		return ISODay(pub.AddDate(0, 0, 7*n)), briefing.PrecisionDay, true
	case "month":
		return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0).Format("2006-01"), briefing.PrecisionMonth, true
	}
	return strconv.Itoa(pub.Year() + n), briefing.PrecisionYear, true
}

// yearValue resolves a year; each year of a range is a date of its own.
func yearValue(g []string, _ time.Time, _ tense) (string, string, bool) {
	return g[1], briefing.PrecisionYear, true
}

// ISODay formats t as YYYY-MM-DD.
func ISODay(t time.Time) string { return t.Format("2006-01-02") }
