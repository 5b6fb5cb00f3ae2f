package pdf

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// FuzzRender feeds arbitrary text into every kind of field: Render must
// return a PDF or a plain error, never panic.
func FuzzRender(f *testing.F) {
	for _, s := range []string{"", "plain", "北京 🤝 שלום مرحبا", "\x00\xff\u202e", mixedSource} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := &briefing.Brief{Title: s, Marking: s, Author: s, Created: s,
			Source:      briefing.Source{Text: s, Title: s, URL: s, Sentences: []briefing.Span{{Start: 0, End: len(s)}}},
			Summary:     []briefing.Item{{Text: s, When: s, Spans: []briefing.Span{{Start: 0, End: len(s)}}}},
			Parties:     []briefing.Party{{Name: s, Kind: s, Aliases: []string{s}}},
			Commitments: []briefing.Commitment{{Actors: []string{s}, Action: s, Deadline: s}},
			Figures:     []briefing.Figure{{Text: s, Unit: s}},
		}
		data, err := Render(b, Options{})
		if err == nil && len(data) < 1000 {
			t.Errorf("suspiciously small PDF (%d bytes)", len(data))
		}
	})
}
