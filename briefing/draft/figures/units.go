package figures

import (
	"math"
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Figures with a unit written after the number: measures ("400MW",
// "92mph", "a 400-megawatt farm"), pence ("4.1p a share") and the rate an
// amount is given at ("£3 a day", "£58 per megawatt-hour").

// measureUnits maps a unit as written to the unit a figure carries.
var measureUnits = map[string]string{"mph": "mph", "km/h": "km/h", "kph": "km/h", "kW": "kW", "MW": "MW",
	"GW": "GW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "megawatt": "MW", "megawatts": "MW",
	"gigawatt": "GW", "gigawatts": "GW", "kilowatt": "kW", "kilowatts": "kW", "km": "km", "kg": "kg"}

// measurePattern finds a number joined to a unit of measure, directly, by
// a space or by a hyphen.
var measurePattern = figurePattern{
	digits: true,
	needs:  []string{"mph", "km", "kph", "kw", "mw", "gw", "tw", "watt", "kg"},
	re:     regexp.MustCompile(`\b` + numberPat + `[ -]?(mph|km/h|kph|[kMGT]Wh|[kMG]W|megawatts?|gigawatts?|kilowatts?|km|kg)\b`),
	read: func(g []string, _ string) (float64, string, bool) {
		v, ok := number(g[1])
		return v, measureUnits[g[2]], ok
	},
	rate: true,
}

// temperaturePattern finds temperatures: "40C", "1.5C" written against
// the number, or with a degree sign ("22 °C", "98.6°F").
var temperaturePattern = figurePattern{
	digits: true,
	re:     regexp.MustCompile(`\b(\d{1,3}(?:\.\d+)?)(\s?°\s?[CF]|C)\b`),
	read: func(g []string, _ string) (float64, string, bool) {
		v, ok := number(g[1])
		unit := "°C"
		if strings.HasSuffix(g[2], "F") {
			unit = "°F"
		}
		return v, unit, ok
	},
}

// pencePattern finds amounts in pence ("40p", "4.1p", "20 pence"), given in
// pounds; "3p.m." is a time.
var pencePattern = figurePattern{
	digits: true,
	needs:  []string{"p"},
	re:     regexp.MustCompile(`\b` + numberPat + `(?:p\b(\.m\b)?| pence\b)`),
	read: func(g []string, _ string) (float64, string, bool) {
		v, ok := number(g[1])
		return math.Round(v*1e4) / 1e6, "GBP", ok && g[2] == ""
	},
	rate: true,
}

// rateRe is the rate an amount or measure is given at, right after it.
var rateRe = regexp.MustCompile(`^ (?:(?:a|an|per|each) (?:day|week|month|year|hour|night|share|head|person|barrel|tonne|ton|litre|gallon|unit)|per [a-z]+(?:-[a-z]+)?)\b`)

// rateAfter returns the rate written at the start of after (" a day", " per
// megawatt-hour"), or "" ("£66.5m a year earlier" gives no rate).
func rateAfter(after string) string {
	r := rateRe.FindString(after)
	switch strings.ToLower(strings.Trim(text.FirstWord(after[len(r):]), ",.;:)")) {
	case "earlier", "later", "ago", "before", "after":
		return ""
	}
	return r
}

// withRate extends a figure read at text[:end] by the rate that follows
// it: the rate joins its text and its unit. It returns the new end.
func withRate(text string, end int, figText, unit *string) int {
	r := rateAfter(text[end:])
	if r == "" {
		return end
	}
	*figText += r
	*unit = strings.TrimSpace(*unit + r)
	return end + len(r)
}
