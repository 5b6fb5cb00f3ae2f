package source

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkRead reads each sample file from memory.
func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"news-page.html", "alternative.eml", "report.docx", "windows-1252.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Read(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadLargePage reads a 200 KB news page: a long article among a
// mega-menu, embedded page state, related stories and reader comments, as
// large news sites serve them.
func BenchmarkReadLargePage(b *testing.B) {
	page := largePage(200 << 10)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		s, err := Read("large.html", page)
		if err != nil || !strings.Contains(s.Text, "Paragraph 40 of the report") {
			b.Fatalf("%v; text %.200q", err, s.Text)
		}
	}
}

// largePage builds a news page of at least size bytes.
func largePage(size int) []byte {
	var w strings.Builder
	w.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Regional water report published | Example News</title>
<meta property="og:title" content="Regional water report published"><meta property="article:published_time" content="2024-06-03T09:00:00Z">
<script>window.__STATE__ = {"items":[`)
	for i := range 400 {
		fmt.Fprintf(&w, `{"id":%d,"headline":"Story number %d about something else","url":"/news/%d","section":"world","tags":["a","b","c"]},`, i, i, i)
	}
	w.WriteString(`{}]};</script></head><body><header><nav class="mega-menu"><ul>`)
	for i := range 300 {
		fmt.Fprintf(&w, `<li><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	w.WriteString(`</ul></nav></header><main><article><h1>Regional water report published</h1><div class="body">`)
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&w, `<p>Paragraph %d of the report says that the basin's reservoirs held %d per cent of their capacity at the end of the dry season, and that farmers in the lower valley drew more groundwater than the aquifer can replace in a year.</p>`, i, 40+i)
		if i%8 == 0 {
			fmt.Fprintf(&w, `<h2>Section %d of the findings</h2><div class="ad-slot">Advertisement</div>`, i/8)
		}
	}
	w.WriteString(`</div></article><aside class="related"><h2>Related</h2><ul>`)
	for i := range 60 {
		fmt.Fprintf(&w, `<li><a href="/news/%d">Another story about water number %d</a></li>`, i, i)
	}
	w.WriteString(`</ul></aside><section id="comments"><h2>Comments</h2>`)
	for i := 0; w.Len() < size-200; i++ {
		fmt.Fprintf(&w, `<div class="comment"><span class="author">Reader %d</span><p>Comment %d: I live in the valley and we have seen the wells drop every summer for ten years now.</p></div>`, i, i)
	}
	w.WriteString(`</section></main><footer><p>© Example News</p></footer></body></html>`)
	return []byte(w.String())
}
