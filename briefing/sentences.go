package briefing

import "sort"

// SentenceNumbers returns the 1-based numbers of the source sentences that
// the given spans overlap, in order and without repeats. It is how items
// are referenced as [S4] in exports.
func (s Source) SentenceNumbers(spans []Span) []int {
	var out []int
	for _, sp := range spans {
		// first sentence whose end is after the span's start
		i := sort.Search(len(s.Sentences), func(i int) bool { return s.Sentences[i].End > sp.Start })
		for ; i < len(s.Sentences) && s.Sentences[i].Start < max(sp.End, sp.Start+1); i++ {
			out = append(out, i+1)
		}
	}
	sort.Ints(out)
	return dedupe(out)
}

func dedupe(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// SentenceText returns the text of sentence n (1-based), or "" when n is out of range.
func (s Source) SentenceText(n int) string {
	if n < 1 || n > len(s.Sentences) {
		return ""
	}
	sp := s.Sentences[n-1]
	if sp.Start < 0 || sp.End > len(s.Text) || sp.Start > sp.End {
		return ""
	}
	return s.Text[sp.Start:sp.End]
}

// SpanText returns the source text under a span, or "" when it is out of range.
func (s Source) SpanText(sp Span) string {
	if sp.Start < 0 || sp.End > len(s.Text) || sp.Start > sp.End {
		return ""
	}
	return s.Text[sp.Start:sp.End]
}
