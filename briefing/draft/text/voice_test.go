package text

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// TestSpeaksAsI checks that a text speaks as "I" when two of its
// sentences do so outside quotations, and that a report quoting others'
// "I", in curly or straight marks and over sentences of one paragraph,
// does not.
func TestSpeaksAsI(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I stood on this stage a year ago. Rents are rising. I will not raise taxes.", true},
		{"The runner was banned. “I did nothing wrong. I will appeal,” she said.", false},
		{"The runner was banned. \"I did nothing wrong. I will appeal,\" she said.", false},
		{"“I did nothing wrong.\n\nI will appeal.", false},
		{"“I did nothing wrong,” she said.\nI met her later. I believed her.", true},
	} {
		d := &doc.Document{Text: c.text, Sentences: Segment(c.text)}
		if got := SpeaksAsI(d); got != c.want {
			t.Errorf("%q: speaks as I %v, want %v", c.text, got, c.want)
		}
	}
}
