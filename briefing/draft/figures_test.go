package draft

import "testing"

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
		d := draftDoc(t, tc.text, "2020-08-31")
		if len(d.figures) == 0 {
			t.Errorf("%q: no figure", tc.text)
			continue
		}
		f := d.figures[0]
		if f.Text != tc.expr || f.Value != tc.value || f.Unit != tc.unit {
			t.Errorf("%q: got %q %v %q, want %q %v %q", tc.text, f.Text, f.Value, f.Unit, tc.expr, tc.value, tc.unit)
		}
		if sp := f.Spans[0]; tc.text[sp.Start:sp.End] != tc.expr {
			t.Errorf("%q: span covers %q", tc.text, tc.text[sp.Start:sp.End])
		}
	}
}

func TestNoFigures(t *testing.T) {
	for _, text := range []string{"The COVID-19 pandemic spread.", "The two leaders met.", "It happened on August 20.", "They met in 2016."} {
		if d := draftDoc(t, text, "2020-08-31"); len(d.figures) != 0 {
			t.Errorf("%q: found figures %v", text, d.figures)
		}
	}
}
