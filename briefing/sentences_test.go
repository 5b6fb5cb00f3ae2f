package briefing

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// wideBrief has n sentences and n summary items, each item's span
// covering the whole source: the shape that made exports blow up.
func wideBrief(n int) *Brief {
	b := &Brief{Title: "Wide"}
	var text strings.Builder
	for range n {
		start := text.Len()
		text.WriteString("Talks went on. ")
		b.Source.Sentences = append(b.Source.Sentences, Span{Start: start, End: text.Len() - 1})
	}
	b.Source.Text = text.String()
	for range n {
		b.Summary = append(b.Summary, Item{Text: "Talks went on.", Spans: []Span{{Start: 0, End: text.Len()}, {Start: 0, End: text.Len()}}})
	}
	b.Normalize()
	return b
}

func TestSentenceRanges(t *testing.T) {
	b := wideBrief(6)
	sp := func(a, z int) Span { return Span{Start: a, End: z} }
	cases := []struct {
		spans []Span
		want  string
		nums  []int
	}{
		{nil, "", nil},
		{[]Span{sp(0, 3)}, "[S1]", []int{1}},
		{[]Span{sp(15, 20), sp(0, 3)}, "[S1, S2]", []int{1, 2}},
		{[]Span{sp(0, 3), sp(45, 50), sp(30, 35)}, "[S1, S3, S4]", []int{1, 3, 4}},
		{[]Span{sp(16, 70), sp(0, 3)}, "[S1–S5]", []int{1, 2, 3, 4, 5}},
		{[]Span{sp(0, 90), sp(0, 90), sp(20, 21)}, "[S1–S6]", []int{1, 2, 3, 4, 5, 6}},
		{[]Span{sp(14, 15)}, "", nil}, // the space between sentences
	}
	for _, c := range cases {
		if got := b.Refs(c.spans); got != c.want {
			t.Errorf("Refs(%v) = %q, want %q", c.spans, got, c.want)
		}
		if got := b.Source.SentenceNumbers(c.spans); fmt.Sprint(got) != fmt.Sprint(c.nums) {
			t.Errorf("SentenceNumbers(%v) = %v, want %v", c.spans, got, c.nums)
		}
	}
}

// TestMarkdownStaysBoundedByItsInput renders a brief whose every item
// points at the whole of a long source: the Markdown and the memory used
// to make it must stay proportional to the brief's JSON.
func TestMarkdownStaysBoundedByItsInput(t *testing.T) {
	b := wideBrief(3000)
	js, err := b.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	md := b.Markdown()
	runtime.ReadMemStats(&after)
	if len(md) > 2*len(js) {
		t.Errorf("Markdown of a %d-byte brief is %d bytes", len(js), len(md))
	}
	if used := after.TotalAlloc - before.TotalAlloc; used > uint64(20*len(js)) {
		t.Errorf("Markdown of a %d-byte brief allocated %d bytes", len(js), used)
	}
}
