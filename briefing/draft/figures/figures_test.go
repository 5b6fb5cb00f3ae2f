package figures

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func TestFindFigures(t *testing.T) {
	for _, tc := range []struct {
		text, expr string
		value      float64
		unit       string
	}{
		{"The EU pledged €1.2 billion for the plan.", "€1.2 billion", 1.2e9, "EUR"},
		{"Shares closed at $38.20 on Friday.", "$38.20", 38.2, "USD"},
		{"Inflation hit 9.1% in June.", "9.1%", 9.1, "percent"},
		{"Sales rose 5 percent.", "5 percent", 5, "percent"},
		{"About 350,000 tourists came.", "350,000 tourists", 350000, "tourists"},
		{"The war lasted 62 years.", "62 years", 62, "years"},
		{"Thousands of Moroccans volunteered.", "Thousands of Moroccans", 2000, "Moroccans"},
		{"It has three main areas of focus.", "three main areas", 3, "main areas"},
		{"The number of visitors reached 350,000 annually.", "350,000 annually", 350000, "visitors a year"},
		{"The bank lent 3 million dollars.", "3 million dollars", 3e6, "USD"},
	} {
		d := figuredDoc(t, tc.text, "2020-08-31")
		if len(d.Figures) == 0 {
			t.Errorf("%q: no figure", tc.text)
			continue
		}
		f := d.Figures[0]
		if f.Text != tc.expr || f.Value != tc.value || f.Unit != tc.unit {
			t.Errorf("%q: got %q %v %q, want %q %v %q", tc.text, f.Text, f.Value, f.Unit, tc.expr, tc.value, tc.unit)
		}
		if sp := f.Spans[0]; tc.text[sp.Start:sp.End] != tc.expr {
			t.Errorf("%q: span covers %q", tc.text, tc.text[sp.Start:sp.End])
		}
	}
}

func TestNoFigures(t *testing.T) {
	for _, text := range []string{"The COVID-19 pandemic spread.", "The two leaders met.", "It happened on August 20.", "They met in 2016.",
		"We will hold them to every one of these homes.", "She is one of the founders.", "Two of them resigned."} {
		if d := figuredDoc(t, text, "2020-08-31"); len(d.Figures) != 0 {
			t.Errorf("%q: found figures %v", text, d.Figures)
		}
	}
}

// Counts of irregular plurals and plural acronyms, nouns after participles
// and demonyms, units of measure, pence and rates are figures with their
// unit; a year after an amount that dates it is no rate.
func TestFigureNounsUnitsAndRates(t *testing.T) {
	for _, tc := range []struct {
		name, text, expr string
		value            float64
		unit             string
	}{
		{"count + irregular plural", "The fighting has killed at least 140 people.", "140 people", 140, "people"},
		{"count + scale + irregular plural", "Heart attacks kill about 1.8 million people in Europe.", "1.8 million people", 1.8e6, "people"},
		{"count + participle + demonym + plural", "Karsk would release 46 detained Veldorian soldiers.", "46 detained Veldorian soldiers", 46, "detained Veldorian soldiers"},
		{"count + modifier + plural acronym", "The bill passed despite a rebellion by 31 backbench MPs.", "31 backbench MPs", 31, "backbench MPs"},
		{"count + plural modifying a plural", "The firm will cut 200 sales jobs.", "200 sales jobs", 200, "sales jobs"},
		{"count + plural before a verb", "About 300 workers lost their jobs.", "300 workers", 300, "workers"},
		{"count + noun + per + unit", "Output reached 1.2 million barrels per day.", "1.2 million barrels per day", 1.2e6, "barrels per day"},
		{"count + noun + a + period", "Some 300 people a day cross the border.", "300 people a day", 300, "people a day"},
		{"count in words with its scale", "This secures the lifeline for forty thousand people.", "forty thousand people", 40000, "people"},
		{"temperature glued to C", "Temperatures hit 40C in Seville.", "40C", 40, "°C"},
		{"temperature with a degree sign", "The water was 98.6 °F.", "98.6 °F", 98.6, "°F"},
		{"number glued to a unit", "The firm runs 2.1GW of wind farms.", "2.1GW", 2.1, "GW"},
		{"number hyphened to a spelled unit", "It will build a 400-megawatt wind farm.", "400-megawatt", 400, "MW"},
		{"speed glued to mph", "A gust of 92mph was recorded.", "92mph", 92, "mph"},
		{"pence + rate", "The company cut its dividend to 4.1p a share from 9.8p.", "4.1p a share", 0.041, "GBP a share"},
		{"pence written out", "It costs 20 pence to make.", "20 pence", 0.2, "GBP"},
		{"money + a + period", "Parents must pay £3 a day for meals.", "£3 a day", 3, "GBP a day"},
		{"money + per + unit", "It won a strike price of £58 per megawatt-hour.", "£58 per megawatt-hour", 58, "GBP per megawatt-hour"},
		{"money + a year earlier is no rate", "Profit fell from £66.5m a year earlier.", "£66.5m", 66.5e6, "GBP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := figuredDoc(t, tc.text, "2026-04-29")
			for _, f := range d.Figures {
				if f.Text != tc.expr {
					continue
				}
				if f.Value != tc.value || f.Unit != tc.unit {
					t.Errorf("%q: got %v %q, want %v %q", tc.text, f.Value, f.Unit, tc.value, tc.unit)
				}
				if sp := f.Spans[0]; tc.text[sp.Start:sp.End] != tc.expr {
					t.Errorf("%q: span covers %q", tc.text, tc.text[sp.Start:sp.End])
				}
				return
			}
			t.Errorf("%q: no figure %q among %+v", tc.text, tc.expr, d.Figures)
		})
	}
}

// A time of day written with p.m. is no amount in pence.
func TestNoPenceInTimes(t *testing.T) {
	d := figuredDoc(t, "The meeting starts at 3p.m. sharp.", "2026-04-29")
	for _, f := range d.Figures {
		if f.Unit == "GBP" {
			t.Errorf("found %+v", f)
		}
	}
}

func TestFigureTallyCountsBothSides(t *testing.T) {
	d := drafttest.Doc(t, "The bill passed by 312 votes to 279 on Wednesday.", "2020-08-31")
	got := map[string]string{}
	for _, f := range Find(d) {
		got[f.Text] = f.Unit
	}
	if got["312 votes"] != "votes" || got["279"] != "votes" {
		t.Errorf("figures %v, want 312 votes and 279 counted as votes", got)
	}
	d = drafttest.Doc(t, "Labour rose from 202 seats to 411 seats.", "2020-08-31")
	for _, f := range Find(d) {
		if f.Text == "411" {
			t.Errorf("a number with its own noun was read as the other side of a tally: %+v", f)
		}
	}
}

// figuredDoc runs the stages the figures stage reads (sentences, parse,
// dates) and the figures stage on text published on the given day.
func figuredDoc(t testing.TB, src, published string) *doc.Document {
	t.Helper()
	d := drafttest.Doc(t, src, published)
	d.Dates = dates.Find(d)
	d.Figures = Find(d)
	return d
}
