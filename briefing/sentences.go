package briefing

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// SentenceRange is a run of consecutive source sentences, First to Last
// (1-based, inclusive).
type SentenceRange struct{ First, Last int }

// SentenceRanges returns the sentences of this source that the given spans
// overlap as runs of consecutive sentence numbers, in order, merged where
// they touch; spans into other sources are left out (see Has). Its cost
// and size depend on the number of spans, not on how many sentences each
// covers, so many spans over a long source stay cheap.
func (s Source) SentenceRanges(spans []Span) []SentenceRange {
	var rs []SentenceRange
	n := len(s.Sentences)
	for _, sp := range spans {
		if !s.Has(sp) {
			continue
		}
		// first sentence whose end is after the span's start, then the
		// first after it that starts at or after the span's end
		i := sort.Search(n, func(i int) bool { return s.Sentences[i].End > sp.Start })
		end := max(sp.End, sp.Start+1)
		j := i + sort.Search(n-i, func(k int) bool { return s.Sentences[i+k].Start >= end })
		if j > i {
			rs = append(rs, SentenceRange{i + 1, j})
		}
	}
	slices.SortFunc(rs, func(a, b SentenceRange) int { return a.First - b.First })
	out := rs[:0]
	for _, r := range rs {
		if k := len(out) - 1; k >= 0 && r.First <= out[k].Last+1 {
			out[k].Last = max(out[k].Last, r.Last)
			continue
		}
		out = append(out, r)
	}
	return out
}

// SentenceNumbers returns the 1-based numbers of the source sentences that
// the given spans overlap, in order and without repeats.
func (s Source) SentenceNumbers(spans []Span) []int {
	var out []int
	for _, r := range s.SentenceRanges(spans) {
		for i := r.First; i <= r.Last; i++ {
			out = append(out, i)
		}
	}
	return out
}

// FormatRefs renders sentence runs as exports reference them: "[S4]",
// "[S1, S3]" or, for three or more in a row, "[S2–S5]"; "" when none.
func FormatRefs(rs []SentenceRange) string {
	return bracket(appendRuns(nil, "", rs))
}

// appendRuns appends the references of sentence runs to parts, each
// prefixed (with "B·" in a brief of several sources): "S4", or "S2–S5"
// for three or more in a row.
func appendRuns(parts []string, prefix string, rs []SentenceRange) []string {
	for _, r := range rs {
		a, b := prefix+"S"+strconv.Itoa(r.First), "S"+strconv.Itoa(r.Last)
		switch {
		case r.Last-r.First >= 2:
			parts = append(parts, a+"–"+b)
		case r.Last > r.First:
			parts = append(parts, a, prefix+b)
		default:
			parts = append(parts, a)
		}
	}
	return parts
}

// bracket joins references into "[S1, S4]"; "" when there are none.
func bracket(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	return "[" + strings.Join(parts, ", ") + "]"
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
