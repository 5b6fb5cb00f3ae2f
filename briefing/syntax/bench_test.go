package syntax

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/assets"
)

// articleText builds an article of about n words from the dev sample's
// sentences, with the spans of its sentences.
func articleText(b *testing.B, n int) (string, [][2]int) {
	var sb strings.Builder
	var spans [][2]int
	words := 0
	for words < n {
		for _, blk := range devSample(b) {
			var forms []string
			for _, w := range blk.Words() {
				forms = append(forms, w.Form)
			}
			start := sb.Len()
			sb.WriteString(strings.Join(forms, " "))
			spans = append(spans, [2]int{start, sb.Len()})
			sb.WriteString(" ")
			words += len(forms)
			if words >= n {
				break
			}
		}
	}
	return sb.String(), spans
}

func benchmarkAnalyze(b *testing.B, n int) {
	m := defaultModel(b)
	text, spans := articleText(b, n)
	b.ResetTimer()
	for b.Loop() {
		for _, sp := range spans {
			m.Analyze(text, sp[0], sp[1])
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkAnalyze700 analyses a 700-word article.
func BenchmarkAnalyze700(b *testing.B) { benchmarkAnalyze(b, 700) }

// BenchmarkAnalyze6000 analyses a 6,000-word article.
func BenchmarkAnalyze6000(b *testing.B) { benchmarkAnalyze(b, 6000) }

// BenchmarkLoadModel reads the embedded model, as the first analysis after
// start does.
func BenchmarkLoadModel(b *testing.B) {
	for b.Loop() {
		if _, err := ReadModel(assets.SyntaxModel); err != nil {
			b.Fatal(err)
		}
	}
}
