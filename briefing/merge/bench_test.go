package merge

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/internal/cputime"
)

// benchArticles returns n articles of at least words words each, made of
// the reports in testdata/pairs taken in turn from a different place for
// each article, so that they report the same events in different words.
func benchArticles(b *testing.B, n, words int) []Article {
	b.Helper()
	files, err := filepath.Glob("testdata/pairs/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no reports in testdata/pairs: %v", err)
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, strings.TrimSpace(string(data)))
	}
	arts := make([]Article, n)
	for k := range arts {
		var parts []string
		count := 0
		for i := 0; count < words; i++ {
			t := texts[(k*len(texts)/n+i)%len(texts)]
			parts = append(parts, t)
			count += len(strings.Fields(t))
		}
		arts[k] = Article{Text: strings.Join(parts, "\n\n"),
			Options: draft.Options{Published: time.Date(2024, 6, 15, 0, 0, 0, 0, time.UTC)}}
	}
	return arts
}

// BenchmarkDraftFiveSources drafts five articles of 800 words and merges
// them into one brief. It reports the processor time per brief too, which
// a loaded machine does not inflate (the drafts run one per core at a time,
// so on an idle machine the wall time is less).
func BenchmarkDraftFiveSources(b *testing.B) {
	arts := benchArticles(b, 5, 800)
	if _, err := Draft(arts); err != nil { // loads the models once, outside the timing
		b.Fatal(err)
	}
	b.ResetTimer()
	start, n := cputime.Used(), 0
	for b.Loop() {
		if _, err := Draft(arts); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64((cputime.Used()-start).Microseconds())/1000/float64(n), "cpu-ms/op")
	b.ReportMetric(float64(len(strings.Fields(arts[0].Text))), "words/source")
}

// BenchmarkMergeFiveSources merges the drafts of five articles of 800 words.
func BenchmarkMergeFiveSources(b *testing.B) {
	arts := benchArticles(b, 5, 800)
	for k := range arts {
		arts[k].Options.Title = fmt.Sprint("Report ", k+1)
	}
	briefs := make([]*briefing.Brief, len(arts))
	for k, a := range arts {
		d, err := draft.Draft(a.Text, a.Options)
		if err != nil {
			b.Fatal(err)
		}
		briefs[k] = d
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Merge(briefs...); err != nil {
			b.Fatal(err)
		}
	}
}
