package parties

import (
	"strings"
	"testing"
)

// TestNameWrittenMidSentenceKeepsItsFirstWord checks that a name opening a
// sentence with an ordinary word ("Forward Portugal") is the whole name
// when the text writes it so inside a sentence, and that "The" before a
// name never joins it.
func TestNameWrittenMidSentenceKeepsItsFirstWord(t *testing.T) {
	for _, c := range []struct {
		construction, text, opening, want string
	}{
		{"a party's name that opens with an ordinary word",
			"The centre-right Forward Portugal came third in Sunday's election. Forward Portugal will hold a meeting of its national council on Saturday.",
			"Forward Portugal will", "Forward Portugal"},
		{"an article before a state's name",
			"Talks with the UK government resumed. The UK government has agreed to lend £620m to the plant.",
			"The UK government has", "United Kingdom"},
	} {
		d := draftDoc(t, c.text, "2026-03-10")
		at := strings.Index(c.text, c.opening)
		got := ""
		for _, m := range d.Mentions {
			if m.Span.Start <= at+len("The ") && m.Span.End > at {
				got = d.Parties[m.Party].Name
			}
		}
		if got != c.want {
			t.Errorf("%s: the name opening %q is %q, want %q", c.construction, c.opening, got, c.want)
		}
	}
}
