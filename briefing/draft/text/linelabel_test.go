package text

import "testing"

// TestLineLabel checks which lines are a turn's label standing alone and
// which part of them names the speaker.
func TestLineLabel(t *testing.T) {
	for _, c := range []struct{ construction, line, want string }{
		{"a name alone", "Elena Marchetti", "Elena Marchetti"},
		{"a question's number, a constituency and a party after the name", "1. Sarah Whitcombe (Lancaster and Wyre) (Lab)", "Sarah Whitcombe"},
		{"an office with the name in brackets", "The Minister of State, Department for Transport (Daniel Okoro)", "Daniel Okoro"},
		{"a name, a dash and an office", "Elena Marchetti - President and Chief Executive Officer", "Elena Marchetti"},
		{"a heading of ordinary words", "Share this contribution", ""},
		{"prose", "Cancellations reached 6.8% in the last rail period.", ""},
		{"a heading with a colon", "Rail Services: North-West England", ""},
		{"too many words", "The Greater Harlow Combined Transport Authority", ""},
	} {
		got := ""
		if a, b, ok := LineLabel(c.line); ok {
			got = c.line[a:b]
		}
		if got != c.want {
			t.Errorf("%s: LineLabel(%q) = %q, want %q", c.construction, c.line, got, c.want)
		}
	}
}
