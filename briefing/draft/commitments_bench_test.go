package draft

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/background"
	"github.com/briefdesk/briefdesk/briefing/draft/commitments"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
	"github.com/briefdesk/briefdesk/briefing/draft/parties"
	"github.com/briefdesk/briefdesk/briefing/draft/summary"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

var benchPublished = time.Date(2020, 8, 31, 0, 0, 0, 0, time.UTC)

// benchDraft times the whole draft of text, every stage included.
func benchDraft(b *testing.B, src string) {
	gazetteer.Load()
	text.LoadPunkt()
	b.ReportMetric(float64(len(strings.Fields(src))), "words")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Draft(src, Options{Published: benchPublished}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDraftExample(b *testing.B) { benchDraft(b, drafttest.Example(b)) }

func BenchmarkDraft6000Words(b *testing.B) { benchDraft(b, benchArticle(b, 6000)) }

// BenchmarkDraftScaling shows how the draft time grows with the length of
// the article: it should grow in step with the words, not faster.
func BenchmarkDraftScaling(b *testing.B) {
	for _, words := range []int{1000, 2000, 4000, 8000, 12000} {
		text := cutWords(benchArticle(b, words), words)
		b.Run(fmt.Sprint(words), func(b *testing.B) { benchDraft(b, text) })
	}
}

// cutWords keeps the first n words of text, cut at a paragraph end.
func cutWords(text string, n int) string {
	words := 0
	for i, p := range strings.SplitAfter(text, "\n\n") {
		words += len(strings.Fields(p))
		if words >= n {
			return strings.Join(strings.SplitAfter(text, "\n\n")[:i+1], "")
		}
	}
	return text
}

// benchStage times one of this file's stages on a 6,000-word article, the
// earlier stages (the parse among them) run once before.
func benchStage(b *testing.B, stage func(d *doc.Document)) {
	src := benchArticle(b, 6000)
	d := &doc.Document{Text: src, Published: benchPublished}
	d.Sentences = text.Segment(src)
	text.IndexTokens(d)
	parsed, err := text.Parse(d)
	if err != nil {
		b.Fatal(err)
	}
	d.Parsed = parsed
	d.Parties = parties.Find(d)
	d.Dates = dates.Find(d)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		stage(d)
	}
}

func BenchmarkCommitments6000Words(b *testing.B) {
	benchStage(b, func(d *doc.Document) { commitments.Find(d) })
}

func BenchmarkSummary6000Words(b *testing.B) {
	benchStage(b, func(d *doc.Document) { background.Items(d, summary.Items(d)) })
}
