// Package figures is the figures stage of drafting: amounts, percentages
// and counts with the noun they count, each with its span in the source.
package figures

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// figurePattern is one kind of figure: money, percentage, duration or count.
type figurePattern struct {
	re *regexp.Regexp
	// read returns the value and unit of a match (groups as in the regexp;
	// before is the sentence text before it), or false to drop it.
	read func(g []string, before string) (float64, string, bool)
	// needs lists lower-case strings one of which the sentence must hold
	// for the pattern to be tried; digits and words say it must hold a
	// digit or a number written in words.
	needs         []string
	digits, words bool
	count         bool // the figure is a count followed by its noun
	rate          bool // a rate after the figure ("a day", "per share") joins it
}

var unitNeeds = []string{"year", "month", "week", "day", "hour", "minute", "decade", "centur"}

const (
	numberPat  = `(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`
	scalePat   = `(?: ?(million|billion|trillion|bn|mn|m)\b)?`
	wordNumPat = `(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|a million|dozens|hundreds|thousands|millions|tens of thousands|hundreds of thousands)`
)

var currencies = map[string]string{"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "dirhams": "MAD", "dirham": "MAD", "rupees": "INR", "roubles": "RUB",
	"rubles": "RUB", "francs": "CHF", "marks": "DEM", "USD": "USD", "EUR": "EUR", "GBP": "GBP"}

var figurePatterns = []figurePattern{
	{needs: []string{"$", "€", "£", "¥", "usd", "eur", "gbp"}, re: regexp.MustCompile(`(US\$|\$|€|£|¥|\bUSD |\bEUR |\bGBP )` + numberPat + scalePat), read: func(g []string, _ string) (float64, string, bool) {
		v, ok := scaled(g[2], g[3])
		return v, currencies[strings.TrimSpace(g[1])], ok
	}, rate: true},
	{needs: []string{"dollar", "euro", "pound", "yen", "yuan", "renminbi", "dirham", "rupee", "rouble", "ruble", "franc"}, re: regexp.MustCompile(`\b` + numberPat + scalePat + ` (US dollars|dollars|euros|pounds|yen|yuan|renminbi|dirhams|rupees|roubles|rubles|francs)\b`), read: func(g []string, _ string) (float64, string, bool) {
		v, ok := scaled(g[1], g[2])
		return v, currencies[strings.TrimPrefix(g[3], "US ")], ok
	}, rate: true},
	{needs: []string{"%", "percent", "per cent", "percentage"}, re: regexp.MustCompile(`\b` + numberPat + ` ?(%|percent\b|per cent\b|percentage points?\b)`), read: func(g []string, _ string) (float64, string, bool) {
		v, ok := number(g[1])
		unit := "percent"
		if strings.HasPrefix(g[2], "percentage") {
			unit = "percentage points"
		}
		return v, unit, ok
	}},
	{needs: unitNeeds, digits: true, re: regexp.MustCompile(`\b` + numberPat + ` (years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b`), read: func(g []string, _ string) (float64, string, bool) {
		v, ok := number(g[1])
		return v, g[2], ok
	}},
	{needs: unitNeeds, words: true, re: regexp.MustCompile(`\b` + wordNumPat + ` (years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b`), read: func(g []string, _ string) (float64, string, bool) {
		v, ok := wordValue(g[1])
		return v, g[2], ok
	}},
	{needs: []string{" of "}, words: true, re: regexp.MustCompile(`\b(?i:` + wordNumPat + `) of ([\p{L}\-]+)`), read: func(g []string, _ string) (float64, string, bool) {
		v, ok := wordValue(strings.ToLower(g[1]))
		noun := strings.ToLower(g[2])
		return v, g[2], ok && v > 1 && !text.StopWords[noun] && !pointingWords[noun]
	}},
	{digits: true, needs: []string{"annually", "a year", "per year", "each year", "a month", "per month", "a week", "a day", "per day"}, re: regexp.MustCompile(`\b` + numberPat + scalePat + ` (annually|a year|per year|each year|a month|per month|a week|a day|per day)\b`), read: func(g []string, before string) (float64, string, bool) {
		v, ok := scaled(g[1], g[2])
		per := map[string]string{"annually": "a year", "per year": "a year", "each year": "a year", "per month": "a month", "per day": "a day"}[g[3]]
		if per == "" {
			per = g[3]
		}
		if noun := lastPluralNoun(before); noun != "" {
			return v, noun + " " + per, ok
		}
		return v, per, ok
	}},
	measurePattern,
	temperaturePattern,
	pencePattern,
	{digits: true, count: true, re: regexp.MustCompile(`\b` + numberPat + scalePat), read: func(g []string, _ string) (float64, string, bool) {
		v, ok := scaled(g[1], g[2])
		return v, "", ok && v > 2
	}, rate: true},
	{words: true, count: true, re: regexp.MustCompile(`\b(?i:` + wordNumPat + `)(?: (hundred|thousand|million|billion))?\b`), read: func(g []string, _ string) (float64, string, bool) {
		v, ok := wordValue(g[1])
		return v * wordScales[g[2]], "", ok && v > 2
	}, rate: true},
}

// pointingWords after "of" point back at a noun named elsewhere ("two of
// these"); they are not what a figure counts.
var pointingWords = text.SetOf("these", "those", "them", "us", "you", "whom", "which", "it", "our", "your", "my")

// Find finds money, percentages, durations and counts with their
// nouns. Numbers inside date expressions are not figures. The same figure
// written twice becomes one Figure with both spans.
func Find(d *doc.Document) []briefing.Figure {
	c := figureCollector{index: map[string]int{}}
	for _, sp := range d.Sentences {
		c.sentence(d, sp)
	}
	return c.figs
}

// figureCollector gathers the figures of a document, one per text and
// unit.
type figureCollector struct {
	figs  []briefing.Figure
	index map[string]int // text NUL unit → index in figs
}

// sentence adds the figures of the sentence at sp, trying each pattern in
// turn; a match that overlaps an earlier one is dropped.
func (c *figureCollector) sentence(d *doc.Document, sp briefing.Span) {
	text := d.Text[sp.Start:sp.End]
	digits := strings.ContainsAny(text, "0123456789")
	lower := strings.ToLower(text)
	words := hasNumberWord(lower)
	if !digits && !words {
		return
	}
	var taken []briefing.Span
	for _, p := range figurePatterns {
		if p.digits && !digits || p.words && !words || !p.applies(lower) {
			continue
		}
		for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
			fs := briefing.Span{Start: sp.Start + m[0], End: sp.Start + m[1]}
			if overlapsAny(fs, taken) || len(dates.In(d, fs)) > 0 || glued(text, m[0]) {
				continue
			}
			fig, end, ok := readFigure(p, text, m)
			if !ok {
				continue
			}
			fs.End = sp.Start + end
			taken = append(taken, fs)
			c.add(fig, fs)
			if p.count {
				if other, os, ok := tallyOther(text, end, fig.Unit); ok { // "312 votes to 279"
					os = briefing.Span{Start: sp.Start + os.Start, End: sp.Start + os.End}
					taken = append(taken, os)
					c.add(other, os)
				}
			}
		}
	}
}

// tallyRe matches the other side of a tally after a count and its noun:
// " to 279", " against 17".
var tallyRe = regexp.MustCompile(`^ (?:to|against) (\d{1,3}(?:,\d{3})+|\d+)\b`)

// tallyOther reads the other side of a tally at text[end:] ("312 votes to
// 279"): the bare number counts what the first one does. A number with a
// noun of its own ("to 279 seats") is a figure of its own, not this.
func tallyOther(text string, end int, unit string) (briefing.Figure, briefing.Span, bool) {
	m := tallyRe.FindStringSubmatchIndex(text[end:])
	if m == nil || countNoun(text[end+m[1]:]) != "" {
		return briefing.Figure{}, briefing.Span{}, false
	}
	num := text[end+m[2] : end+m[3]]
	v, ok := number(num)
	return briefing.Figure{Text: num, Value: v, Unit: unit}, briefing.Span{Start: end + m[2], End: end + m[3]}, ok
}

// readFigure reads the match m of pattern p in the sentence text as a
// figure without spans, and returns where it ends in text; a count takes
// its noun into its text and unit, and is no figure without one.
func readFigure(p figurePattern, text string, m []int) (fig briefing.Figure, end int, ok bool) {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = text[m[2*i]:m[2*i+1]]
		}
	}
	v, unit, ok := p.read(g, text[:m[0]])
	end = m[1]
	if ok && p.count { // the figure is the count and its noun
		n := countNoun(text[m[1]:])
		unit, ok = strings.TrimSpace(n), n != ""
		g[0] += n
		end += len(n)
	}
	if ok && p.rate {
		end = withRate(text, end, &g[0], &unit)
	}
	return briefing.Figure{Text: g[0], Value: v, Unit: unit}, end, ok
}

// add records the figure fig found at fs, as a new span of the same figure
// when one with its text and unit is known.
func (c *figureCollector) add(fig briefing.Figure, fs briefing.Span) {
	k := fig.Text + "\x00" + fig.Unit
	if i, seen := c.index[k]; seen {
		c.figs[i].Spans = append(c.figs[i].Spans, fs)
		return
	}
	c.index[k] = len(c.figs)
	fig.Spans = []briefing.Span{fs}
	c.figs = append(c.figs, fig)
}

// applies reports whether the pattern may match a lower-cased sentence.
func (p figurePattern) applies(lower string) bool {
	if p.needs == nil {
		return true
	}
	for _, n := range p.needs {
		if strings.Contains(lower, n) {
			return true
		}
	}
	return false
}

// glued reports whether the match at i continues a word ("19" in "COVID-19").
func glued(text string, i int) bool {
	return i > 0 && strings.ContainsRune("-/.:_", rune(text[i-1]))
}

// overlapsAny reports whether sp overlaps one of the spans.
func overlapsAny(sp briefing.Span, spans []briefing.Span) bool {
	for _, o := range spans {
		if sp.Start < o.End && o.Start < sp.End {
			return true
		}
	}
	return false
}

// hasNumberWord reports whether a lower-cased sentence holds a number
// written in words ("three", "thousands").
func hasNumberWord(lower string) bool {
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if _, ok := wordValues[w]; ok {
			return true
		}
	}
	return false
}

// number parses "350,000" or "3.5".
func number(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// scaled parses a number with an optional scale word ("1.2", "billion").
func scaled(num, scale string) (float64, bool) {
	v, ok := number(num)
	switch scale {
	case "million", "mn", "m":
		v *= 1e6
	case "billion", "bn":
		v *= 1e9
	case "trillion":
		v *= 1e12
	}
	return v, ok
}

var wordValues = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a hundred": 100, "a thousand": 1000, "a million": 1e6, "dozens": 24, "hundreds": 200, "thousands": 2000,
	"millions": 2e6, "tens of thousands": 20000, "hundreds of thousands": 200000}

// wordScales multiply a number written in words ("forty thousand"); none
// after it leaves it as it is.
var wordScales = map[string]float64{"": 1, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}

// wordValue reads a number written in words; vague plurals ("thousands")
// get a round lower value.
func wordValue(s string) (float64, bool) {
	v, ok := wordValues[strings.ToLower(s)]
	return v, ok
}
