package syntax

import (
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/internal/cputime"
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
	start := cputime.Used()
	for b.Loop() {
		for _, sp := range spans {
			m.Analyze(text, sp[0], sp[1])
		}
	}
	reportCPU(b, start)
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// reportCPU reports the processor time per operation since start, which a
// loaded machine inflates less than the wall-clock time.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64((cputime.Used()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkAnalyze700 analyses a 700-word article.
func BenchmarkAnalyze700(b *testing.B) { benchmarkAnalyze(b, 700) }

// BenchmarkAnalyze6000 analyses a 6,000-word article.
func BenchmarkAnalyze6000(b *testing.B) { benchmarkAnalyze(b, 6000) }

// BenchmarkLoadModel reads the embedded model, as the first analysis after
// start does.
func BenchmarkLoadModel(b *testing.B) {
	start := cputime.Used()
	for b.Loop() {
		if _, err := ReadModel(assets.SyntaxModel); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}
