package draft

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/figures"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
	"github.com/briefdesk/briefdesk/briefing/draft/parties"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// benchArticle builds a text of at least minWords words from the example
// article, the benchmark articles in testdata and the golden segmentation
// inputs, repeated in turn.
func benchArticle(tb testing.TB, minWords int) string {
	tb.Helper()
	parts := []string{drafttest.Example(tb)}
	for _, name := range []string{"bench_markets.txt", "bench_football.txt", "bench_diplomacy.txt"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			tb.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	parts = append(parts, strings.Join(segmentInputs(tb), "\n\n"))
	var b strings.Builder
	for words := 0; words < minWords; {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteString("\n\n")
			words += len(strings.Fields(p))
		}
	}
	return b.String()
}

// segmentInputs returns the texts of the golden segmentation cases.
func segmentInputs(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile("text/testdata/segment_cases.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		var c struct{ Input string }
		if json.Unmarshal([]byte(line), &c) == nil && c.Input != "" {
			out = append(out, c.Input)
		}
	}
	return out
}

// benchStages runs parties, dates and figures on text, and segmentation
// too when segmentEach is set (else the sentences are found once, before the
// timer starts).
func benchStages(b *testing.B, src string, segmentEach bool) {
	published := time.Date(2020, 8, 31, 0, 0, 0, 0, time.UTC)
	gazetteer.Load()
	text.LoadPunkt()
	sentences := text.Segment(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d := &doc.Document{Text: src, Published: published, Sentences: sentences}
		if segmentEach {
			d.Sentences = text.Segment(src)
		}
		text.IndexTokens(d)
		d.Parties = parties.Find(d)
		d.Dates = dates.Find(d)
		d.Figures = figures.Find(d)
	}
}

func BenchmarkStagesExample(b *testing.B) { benchStages(b, drafttest.Example(b), true) }

func BenchmarkStagesLong(b *testing.B) { benchLong(b, true) }

func BenchmarkPartiesDatesFiguresExample(b *testing.B) { benchStages(b, drafttest.Example(b), false) }

func BenchmarkPartiesDatesFiguresLong(b *testing.B) { benchLong(b, false) }

// benchLong runs benchStages on a 6,000-word article.
func benchLong(b *testing.B, segmentEach bool) {
	text := benchArticle(b, 6000)
	b.ReportMetric(float64(len(strings.Fields(text))), "words")
	benchStages(b, text, segmentEach)
}
