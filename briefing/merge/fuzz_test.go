package merge

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// FuzzMerge merges two briefs read from JSON: whatever they hold, merging
// never panics, and merging valid briefs gives a valid brief with the
// sources of both.
func FuzzMerge(f *testing.F) {
	a := oneSource("Chile signed a copper pact with Peru on 3 May.", "At least 12 people were killed in Lima.")
	a.Parties = []briefing.Party{{Name: "Chile", Kind: briefing.KindCountry, Mentions: []briefing.Span{{Start: 0, End: 5}}}}
	a.Commitments = []briefing.Commitment{{Actors: []string{"Chile"}, Verb: "signed", Status: briefing.StatusSigned,
		Action: "a copper pact", When: "2024-05-03", Spans: a.Source.Sentences[:1]}}
	a.Summary = []briefing.Item{{Text: "Chile signed a copper pact.", Spans: a.Source.Sentences[:1]}}
	a.Figures = []briefing.Figure{{Text: "12 people", Value: 12, Unit: "people", Spans: []briefing.Span{{Start: 56, End: 65}}}}
	b := oneSource("Peru and Chile signed the copper pact on 5 May.", "Fourteen people died in Lima, police said.")
	b.Parties = []briefing.Party{{Name: "Chile", Kind: briefing.KindCountry, Aliases: []string{"Chilean"}}}
	b.Commitments = []briefing.Commitment{{Actors: []string{"Chile", "Peru"}, Verb: "signed", Status: briefing.StatusSigned,
		Action: "the copper pact", When: "2024-05-05", Spans: b.Source.Sentences[:1]}}
	b.Background = []briefing.Item{{Text: "Talks began in 2019.", When: "2019"}}
	ja, _ := a.MarshalIndent()
	jb, _ := b.MarshalIndent()
	f.Add(ja, jb)
	f.Add(jb, ja)
	f.Add([]byte(`{"schema":1,"source":{"text":"x"}}`), ja)
	f.Fuzz(func(t *testing.T, x, y []byte) {
		bx, errX := briefing.Parse(x)
		by, errY := briefing.Parse(y)
		if errX != nil || errY != nil {
			return
		}
		valid := bx.Validate() == nil && by.Validate() == nil
		m, err := Merge(bx, by)
		if err != nil {
			t.Fatal(err)
		}
		if !valid {
			return
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("merging two valid briefs gave an invalid one: %v", err)
		}
		if m.SourceCount() != bx.SourceCount()+by.SourceCount() {
			t.Fatalf("%d sources from %d and %d", m.SourceCount(), bx.SourceCount(), by.SourceCount())
		}
	})
}
