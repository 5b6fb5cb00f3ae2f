package pdf

import (
	"bytes"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// benchRender renders b.N times and reports the PDF's size and page count.
func benchRender(b *testing.B, brief *briefing.Brief) {
	b.ReportAllocs()
	var data []byte
	for b.Loop() {
		var err error
		if data, err = Render(brief, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(data))/1024, "KB")
	b.ReportMetric(float64(bytes.Count(data, []byte("/Type /Page\n"))), "pages")
}

func BenchmarkRenderExample(b *testing.B)    { benchRender(b, exampleBrief(b)) }
func BenchmarkRenderExampleCJK(b *testing.B) { benchRender(b, cjkExample(b)) }
func BenchmarkRender20Pages(b *testing.B)    { benchRender(b, longBrief(b, 22, false)) }
func BenchmarkRender20PagesCJK(b *testing.B) { benchRender(b, longBrief(b, 22, true)) }

// cjkExample is the example brief with a Chinese line added to its title
// and summary, so that Droid Sans Fallback is embedded.
func cjkExample(b *testing.B) *briefing.Brief {
	brief := exampleBrief(b)
	brief.Title += " — 摩洛哥与中国"
	brief.Summary = append(brief.Summary, briefing.Item{Text: "摩洛哥国王穆罕默德六世与中国国家主席习近平通电话。"})
	return brief
}
