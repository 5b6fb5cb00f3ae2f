package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// datePattern is one kind of date expression and how to resolve it.
type datePattern struct {
	re *regexp.Regexp
	// resolve turns the match groups into an ISO value and its precision,
	// given the published date and the tense of the clause the expression
	// belongs to.
	resolve  func(g []string, pub time.Time, t tense) (string, string, bool)
	deadline bool
	// group, when not zero, is the submatch that is the expression's span
	// (the rest of the match only confirms it).
	group int
	// anchor, when set, is the precision of the date counted from the last
	// one the text named, or from publication: "day" for "a day earlier"
	// and "the next day", "year" for "the following year".
	anchor string
	// bareYear marks a year standing alone, which the parse must confirm
	// is not a count, an amount or a time of day.
	bareYear bool
	// modifier marks a word that is no date when it modifies a noun after
	// it ("before the summer recess").
	modifier bool
	// speech marks a day named from the speaker's time ("today"): in a
	// quotation it is the day of the saying.
	speech bool
	// storyTime marks "the end of the month", whose month in a past
	// clause is that of the date the sentence named before it ("the
	// strike, which began on 21 August, had been due to last until the end
	// of the month").
	storyTime bool
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
	monthPat = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)`
	// monthNumPat also takes abbreviations without a point, which only a
	// day or year after them makes months ("Oct 10", "Jan 2005").
	monthNumPat = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)`
	yearPat     = `((?:1[89]|20)\d\d)`
	weekdayPat  = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	countPat    = `((?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,3})`
	unitPat     = `(days?|weeks?|months?|years?)`
	// partPat is the part of a month or year a phrase names.
	partPat = `(?:[Tt]he )?(?:beginning|start|end|middle|close|turn|(?:first|second) half|(?:first|second|third|fourth|final) quarter) of (?:the )?`
)

var datePatterns = []datePattern{
	{needs: []string{"9/11"}, re: regexp.MustCompile(`\b9/11\b`), resolve: september11},
	{needs: []string{"September 11"}, group: 1, re: regexp.MustCompile(`\b(September 11(?:th)?)(?:,? 2001\b|\s+(?:terror(?:ist)? )?attacks?\b)`), resolve: september11},
	{needs: nil, re: regexp.MustCompile(`\b` + yearPat + `-(\d\d)-(\d\d)\b`), resolve: func(g []string, _ time.Time, _ tense) (string, string, bool) {
		return g[1] + "-" + g[2] + "-" + g[3], briefing.PrecisionDay, true
	}},
	// A date written in figures with its year, day first as most of the
	// world writes it ("22.07.2026", "22/09/2026"), month first when the
	// second figure cannot be a month ("9/22/2026").
	{needs: []string{".", "/"}, re: regexp.MustCompile(`\b(\d{1,2})([./])(\d{1,2})([./])` + yearPat + `\b`), resolve: numericDayValue},
	{needs: monthNeeds, re: regexp.MustCompile(`\b(?:` + weekdayPat + `,? (?:the )?)?` + monthNumPat + ` (\d{1,2})(?:st|nd|rd|th)?\b(?:,? ` + yearPat + `\b)?`), resolve: func(g []string, pub time.Time, t tense) (string, string, bool) {
		return dayValue(g[1], g[2], g[3], g[4], pub, t)
	}},
	// The first day of a range that gives the year only at its end takes
	// that year, or the one before when the range runs over New Year:
	// "from 29 August to 7 September 2025", "30 December to 2 January 2026".
	{needs: monthNeeds, group: 1, re: regexp.MustCompile(`\b((\d{1,2}) ` + monthPat + `) (?:to|until|till|through|and|-|–) \d{1,2} ` + monthPat + `,? ` + yearPat + `\b`), resolve: rangeStartValue},
	// Days listed or spanned before one month ("12 and 13 December",
	// "3, 4 and 5 June", "12-14 March") are dated by the first.
	{needs: monthNeeds, re: regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?(?:(?:, | and | or |-|–)\d{1,2}(?:st|nd|rd|th)?)+ (?:of )?` + monthPat + `(?:,? ` + yearPat + `\b)?`), resolve: func(g []string, pub time.Time, t tense) (string, string, bool) {
		return dayValue("", g[2], g[1], g[3], pub, t)
	}},
	// A day before a month abbreviated without a point is a date when its
	// year follows ("Mon 9 Mar 2026 06.00 GMT").
	{needs: monthNeeds, re: regexp.MustCompile(`\b(\d{1,2}) ` + monthNumPat + `,? ` + yearPat + `\b`), resolve: func(g []string, pub time.Time, t tense) (string, string, bool) {
		return dayValue("", g[2], g[1], g[3], pub, t)
	}},
	{needs: monthNeeds, re: regexp.MustCompile(`\b(?:` + weekdayPat + `,? (?:the )?)?(\d{1,2})(?:st|nd|rd|th)? (?:of )?` + monthPat + `(?:,? ` + yearPat + `\b)?`), resolve: func(g []string, pub time.Time, t tense) (string, string, bool) {
		return dayValue(g[1], g[3], g[2], g[4], pub, t)
	}},
	{needs: monthNeeds, re: regexp.MustCompile(`\b` + monthNumPat + `,? ` + yearPat + `\b`), resolve: func(g []string, _ time.Time, _ tense) (string, string, bool) {
		m := monthNumber(g[1])
		return g[2] + "-" + twoDigits(m), briefing.PrecisionMonth, m > 0
	}},
	{needs: []string{"next year", "last year", "this year"}, re: regexp.MustCompile(`\b` + monthPat + ` (next|last|this) year\b`), resolve: monthOfRelativeYear},
	// A season or financial year written with the next year's last two
	// digits ("2026-27", "2019/20") is dated by its first year.
	{needs: []string{"-", "–", "/"}, re: regexp.MustCompile(`\b` + yearPat + `[-–/](\d\d)\b`), resolve: func(g []string, _ time.Time, _ tense) (string, string, bool) {
		y, err := strconv.Atoi(g[1])
		return g[1], briefing.PrecisionYear, err == nil && twoDigits((y+1)%100) == g[2]
	}},

	{needs: []string{"0s", "0's"}, re: regexp.MustCompile(`\b(?:(?:[Tt]he )?(?:([Ee]arly|[Mm]id|[Ll]ate)[- ])?)?((?:1[89]|20)\d)0'?s\b`), resolve: decadeValue},
	monthRangePattern,
	{storyTime: true, needs: []string{"end of", "beginning of", "start of", "middle of", "close of", "turn of", "half of", "quarter of"}, re: regexp.MustCompile(`\b(?:(?:[Bb]y|[Bb]efore|[Uu]ntil|[Aa]t) )?` + partPat + `(?:` + monthPat + `|(this|next|last|the) (year|month|week))`), resolve: partValue},
	{needs: nil, re: regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|[Ff]rom|[Bb]etween|[Ee]arly|[Ll]ate|[Mm]id-|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn) ` + yearPat + `\b`), resolve: yearValue},
	{needs: nil, bareYear: true, re: regexp.MustCompile(`\b` + yearPat + `\b`), resolve: yearValue},
	// "in November of that year": the month of the year named last (after
	// the years, which it counts from).
	{needs: []string{"that year", "the same year"}, anchor: briefing.PrecisionYear, re: regexp.MustCompile(`\b(?:(?:[Ii]n|[Bb]y|[Uu]ntil) )?` + monthPat + ` (?:of )?(?:that|the same) year\b`), resolve: monthOfAnchorYear},
	// The month that ends a range ("from June to August"); the one that
	// opens it is found as any month after "from".
	{needs: []string{"from", "between"}, group: 3, re: regexp.MustCompile(`\b([Ff]rom|[Bb]etween) ` + monthPat + ` (?:to|until|till|through|and) ` + monthPat + `\b`), resolve: rangeEndValue},
	// A month after "no later than" or "earlier than" bounds a time: the
	// month alone is the date ("will publish it no later than March").
	{needs: []string{"than"}, group: 1, re: regexp.MustCompile(`\b(?:[Ll]ater|[Ee]arlier|[Ss]ooner) than ` + monthPat + `\b`), resolve: monthValue},
	{needs: monthNeeds, re: regexp.MustCompile(`\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]o|[Ff]or|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id-|[Tt]his|[Ll]ast|[Nn]ext|[Ee]nd of) )` + monthPat + `\b`), resolve: monthAfterWord},
	// A month that modifies an event noun after a determiner or possessive
	// ("at their December summit", "the May elections").
	{needs: monthNeeds, group: 1, re: regexp.MustCompile(`\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?) ` + monthPat + ` ([a-z]+)\b`), resolve: monthBeforeNoun},
	{needs: []string{"Christmas", "New Year", "Easter"}, re: regexp.MustCompile(`\b(?:([Bb]y|[Bb]efore|[Uu]ntil|[Aa]fter|[Ss]ince|[Oo]ver|[Aa]t|[Oo]n|[Ff]or) )?(Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Easter(?: Sunday| Monday)?)\b`), resolve: holidayValue},
	{needs: weekdayNeeds, re: regexp.MustCompile(`\b(?:(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Bb]y|[Uu]ntil|[Ss]ince|[Bb]efore) )?` + weekdayPat + `\b`), resolve: weekdayValue},
	{needs: []string{"earlier this", "later this", "early next", "late next", "early last", "late last"}, re: regexp.MustCompile(`\b(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate) (this|next|last) (week|month|year)\b`), resolve: relativeValue},
	{needs: []string{"last", "next", "this", "coming"}, re: regexp.MustCompile(`\b(?:([Tt]he) )?([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming) (week|month|year|weekend)\b`), resolve: notPeriod},
	// "within the week": by the end of the current week, month or year.
	{deadline: true, needs: []string{"within the", "within this"}, re: regexp.MustCompile(`\b[Ww]ithin (?:the|this) (week|month|year)\b`), resolve: currentPeriodValue},
	{needs: []string{"the weekend"}, re: regexp.MustCompile(`\b([Aa]t|[Oo]ver|[Aa]fter|[Bb]efore|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Ii]n) the weekend\b`), resolve: weekendValue},
	// "finishing the year 30% higher": the year a verb of ending or
	// starting takes is the current one (not "the year to March", a
	// reporting period).
	{needs: []string{"the year"}, group: 1, re: regexp.MustCompile(`\b(?i:finish|finishing|finished|end|ending|ended|start|starting|started|begin|beginning|began|close|closing|closed) (the year)\b(?: (to|ended|ending)\b)?`), resolve: currentYearValue},
	{needs: []string{"new year"}, re: regexp.MustCompile(`\b(?:the|The) (new year)\b`), resolve: namedYearValue},
	// "the previous year", "the year before": the year before the one the
	// text named last ("2,911 cases in 2025, up from 972 the year before"),
	// else before publication.
	{needs: []string{"previous year", "year before"}, anchor: briefing.PrecisionYear, re: regexp.MustCompile(`\b(?:the|The) (?:previous year|year before)\b`), resolve: func(_ []string, anchor time.Time, _ tense) (string, string, bool) {
		return strconv.Itoa(anchor.Year() - 1), briefing.PrecisionYear, true
	}},
	{needs: []string{" ago"}, re: regexp.MustCompile(`\b` + countPat + ` ` + unitPat + ` ago\b`), resolve: agoValue},
	{speech: true, needs: []string{"yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "this afternoon", "this evening"}, re: regexp.MustCompile(`\b([Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast night|[Tt]his (?:morning|afternoon|evening))\b`), resolve: func(g []string, pub time.Time, _ tense) (string, string, bool) {
		days := map[string]int{"yesterday": -1, "last night": -1, "tomorrow": 1}[strings.ToLower(g[1])]
		return ISODay(pub.AddDate(0, 0, days)), briefing.PrecisionDay, true
	}},
	{needs: []string{"earlier", "later", "next day", "following day", "previous day"}, anchor: briefing.PrecisionDay, re: regexp.MustCompile(`\b(?:` + countPat + ` (days?|weeks?) (earlier|later)|[Tt]he (next|following|previous) day)\b`), resolve: shiftedDay},
	{needs: []string{"spring", "summer", "autumn", "fall", "winter"}, re: regexp.MustCompile(`\b([Ll]ast|[Nn]ext|[Tt]his) (spring|summer|autumn|fall|winter)\b`), resolve: seasonValue},
	// "by the summer", "during the winter": the season the tense points to
	// (not "the summer of 2019", whose year is a date of its own, nor "the
	// summer recess").
	{modifier: true, needs: []string{"the spring", "the summer", "the autumn", "the fall", "the winter"}, re: regexp.MustCompile(`\b(?:[Bb]y|[Ii]n|[Oo]ver|[Dd]uring|[Uu]ntil|[Bb]efore|[Aa]fter|[Ss]ince) the (spring|summer|autumn|fall|winter)\b( of)?`), resolve: theSeasonValue},
	{needs: []string{"following year", "years earlier", "years later", "year earlier", "year later"}, anchor: briefing.PrecisionYear, re: regexp.MustCompile(`\b(?:` + countPat + ` years? (earlier|later)|[Tt]he (following) year)\b`), resolve: shiftedYear},
}

// monthAfterWord resolves a month after a preposition or a word of time
// ("in March", "last June", "their wages for August"), but not "to May"
// or "for May" (a person spoken to or voted for).
func monthAfterWord(g []string, pub time.Time, t tense) (string, string, bool) {
	if w := strings.ToLower(text.FirstWord(g[0])); (w == "to" || w == "for") && g[1] == "May" {
		return "", "", false
	}
	return monthValue(g, pub, t)
}

// notEvents are nouns after "the May" that make it a person's name ("the
// May government"), not a month.
var notEvents = map[string]bool{"government": true, "administration": true, "cabinet": true, "era": true, "years": true}

// linkWords after a month join it to another word, not to a noun it
// modifies ("the January to March quarter").
var linkWords = map[string]bool{"to": true, "and": true, "or": true, "through": true, "until": true, "till": true}

// monthBeforeNoun resolves a month that modifies a noun ("their December
// summit") as the tense points.
func monthBeforeNoun(g []string, pub time.Time, t tense) (string, string, bool) {
	if g[1] == "May" && notEvents[g[2]] || linkWords[g[2]] {
		return "", "", false
	}
	return monthValue([]string{g[1], g[1]}, pub, t)
}

// holidays are the fixed-date holidays a date may be given by, as month
// and day.
var holidays = map[string][2]string{"christmas": {"December", "25"}, "christmas day": {"December", "25"},
	"christmas eve": {"December", "24"}, "new year's day": {"January", "1"}, "new year's eve": {"December", "31"}}

// easterDays are Easter Sunday and the days named from it, as days after
// it.
var easterDays = map[string]int{"easter": 0, "easter sunday": 0, "easter monday": 1}

// holidayValue resolves "by Christmas", "on New Year's Eve", "before
// Easter" to the day, in the year the tense points to. "Christmas" and
// "Easter" alone need a preposition before them ("Christmas trees" is no
// date).
func holidayValue(g []string, pub time.Time, t tense) (string, string, bool) {
	name := strings.ToLower(strings.ReplaceAll(g[2], "’", "'"))
	if (name == "christmas" || name == "easter") && g[1] == "" {
		return "", "", false
	}
	if md, ok := holidays[name]; ok {
		return dayValue("", md[0], md[1], "", pub, t)
	}
	after, ok := easterDays[name]
	if !ok {
		return "", "", false
	}
	var cands []time.Time
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		cands = append(cands, easterSunday(y).AddDate(0, 0, after))
	}
	if t == tensePresent {
		t = tenseFuture
	}
	return ISODay(pick(cands, pubDay(pub), t)), briefing.PrecisionDay, true
}

// easterSunday is the date of Easter Sunday in year y of the Gregorian
// calendar, by the anonymous Gregorian computus (the first Sunday after
// the ecclesiastical full moon on or after 21 March).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// monthOfRelativeYear resolves "November next year", "March last year".
func monthOfRelativeYear(g []string, pub time.Time, _ tense) (string, string, bool) {
	m := monthNumber(g[1])
	y := pub.Year() + map[string]int{"next": 1, "last": -1}[strings.ToLower(g[2])]
	return strconv.Itoa(y) + "-" + twoDigits(m), briefing.PrecisionMonth, m > 0
}

// currentYearValue resolves "the year" that a verb ends or starts: the
// year of publication, or the one before for a past clause early in a
// year ("ended the year" in a January story). "The year to March" is a
// period, no date.
func currentYearValue(g []string, pub time.Time, t tense) (string, string, bool) {
	if g[2] != "" {
		return "", "", false
	}
	y := pub.Year()
	if t == TensePast && pub.Month() <= time.February {
		y--
	}
	return strconv.Itoa(y), briefing.PrecisionYear, true
}

// monthOfAnchorYear resolves "November of that year" to the month in the
// year of the anchor, the date named last.
func monthOfAnchorYear(g []string, anchor time.Time, _ tense) (string, string, bool) {
	m := monthNumber(g[1])
	return strconv.Itoa(anchor.Year()) + "-" + twoDigits(m), briefing.PrecisionMonth, m > 0
}

// currentPeriodValue resolves the week, month or year of publication (a
// week to its month: ISO dates have no week precision).
func currentPeriodValue(g []string, pub time.Time, _ tense) (string, string, bool) {
	if g[1] == "year" {
		return strconv.Itoa(pub.Year()), briefing.PrecisionYear, true
	}
	return pub.Format("2006-01"), briefing.PrecisionMonth, true
}

// notPeriod resolves "next week", "last year" and the like, but not "the
// next year" or "the past week": with the article they name a stretch of
// time, not a point in it.
func notPeriod(g []string, pub time.Time, t tense) (string, string, bool) {
	if g[1] != "" {
		return "", "", false
	}
	return relativeValue(append([]string{g[0]}, g[2:]...), pub, t)
}

// shiftedDay resolves "two days later", "a week earlier", "the next day"
// against the anchor day given in place of the published date.
func shiftedDay(g []string, anchor time.Time, _ tense) (string, string, bool) {
	n, unit, dir := countValue(g[1]), g[2], g[3]
	switch strings.ToLower(g[4]) {
	case "next", "following":
		n, unit, dir = 1, "day", "later"
	case "previous":
		n, unit, dir = 1, "day", "earlier"
	}
	if n <= 0 {
		return "", "", false
	}
	if strings.HasPrefix(unit, "week") {
		n *= 7
	}
	if dir == "earlier" {
		n = -n
	}
	return ISODay(anchor.AddDate(0, 0, n)), briefing.PrecisionDay, true
}

// shiftedYear resolves "two years later", "a year earlier", "the following
// year" against the anchor's year.
func shiftedYear(g []string, anchor time.Time, _ tense) (string, string, bool) {
	n := countValue(g[1])
	if g[3] != "" {
		n = 1
	} else if strings.ToLower(g[2]) == "earlier" {
		n = -n
	}
	if n == 0 {
		return "", "", false
	}
	return strconv.Itoa(anchor.Year() + n), briefing.PrecisionYear, true
}

// seasonEnds gives the last month of each season (northern: winter ends
// in February of the year after the one it starts in, counted here by
// its start).
var seasonEnds = map[string]time.Month{"spring": time.May, "summer": time.August, "autumn": time.November,
	"fall": time.November, "winter": time.December}

// seasonValue resolves "last summer", "next spring", "this winter" to a
// year: the latest season that has begun and ended before publication,
// the next one to begin after it, or the current year.
func seasonValue(g []string, pub time.Time, _ tense) (string, string, bool) {
	end := seasonEnds[strings.ToLower(g[2])]
	start := end - 2
	y := pub.Year()
	switch strings.ToLower(g[1]) {
	case "last":
		if pub.Month() <= end {
			y--
		}
	case "next":
		if pub.Month() >= start {
			y++
		}
	}
	return strconv.Itoa(y), briefing.PrecisionYear, true
}

// theSeasonValue resolves "by the summer", "during the winter" to the
// year of the season the tense points to: a future one not yet over this
// year or else next year's, a past one already begun this year or else
// last year's, either the nearer of this year's and next year's, otherwise
// this year's.
func theSeasonValue(g []string, pub time.Time, t tense) (string, string, bool) {
	if g[2] != "" {
		return "", "", false // "the summer of 2019"
	}
	end := seasonEnds[strings.ToLower(g[1])]
	y := pub.Year()
	switch {
	case (t == tenseFuture || t == tensePresent) && pub.Month() > end:
		y++
	case t == TensePast && pub.Month() < end-2:
		y--
	case t == tenseEither && pub.Month() > end && 12-int(pub.Month())+int(end-1) < int(pub.Month())-int(end-1):
		y++ // "agreed to return in the spring", said in November: the coming spring is the nearer
	}
	return strconv.Itoa(y), briefing.PrecisionYear, true
}

// september11 resolves the name the attacks of 11 September 2001 go by.
func september11([]string, time.Time, tense) (string, string, bool) {
	return "2001-09-11", briefing.PrecisionDay, true
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

// monthNumbers maps month names and abbreviations, lower case, to 1–12.
var monthNumbers = map[string]int{}

func init() {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		monthNumbers[name] = int(m)
		monthNumbers[name[:3]] = int(m)
		monthNumbers[name[:3]+"."] = int(m)
	}
	monthNumbers["sept"], monthNumbers["sept."] = 9, 9
}

// monthNumber returns 1–12 for a month name or abbreviation, 0 otherwise.
func monthNumber(s string) int { return monthNumbers[strings.ToLower(s)] }

// weekdayNumber returns 0 (Sunday) to 6 for a weekday name, -1 otherwise.
func weekdayNumber(s string) int {
	for i := time.Sunday; i <= time.Saturday; i++ {
		if strings.EqualFold(i.String(), s) {
			return int(i)
		}
	}
	return -1
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// numericDayValue resolves a date written in figures ("22.07.2026"): day,
// month and year, the day first unless the second figure is more than 12;
// both separators must be the same.
func numericDayValue(g []string, _ time.Time, _ tense) (string, string, bool) {
	a, errA := strconv.Atoi(g[1])
	b, errB := strconv.Atoi(g[3])
	if errA != nil || errB != nil || g[2] != g[4] {
		return "", "", false
	}
	day, month := a, b
	if b > 12 {
		day, month = b, a
	}
	y, err := strconv.Atoi(g[5])
	if err != nil || month < 1 || month > 12 || day < 1 || day > 31 {
		return "", "", false
	}
	d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if d.Day() != day {
		return "", "", false // "31.06.2026"
	}
	return ISODay(d), briefing.PrecisionDay, true
}
