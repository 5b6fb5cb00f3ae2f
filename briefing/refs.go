package briefing

import "strconv"

// Citation is one source sentence an item rests on: the source's ID and
// the sentence's number in it (1-based).
type Citation struct {
	Source   string
	Sentence int
}

// String renders the citation as references name it: "B·S4".
func (c Citation) String() string { return c.Source + "·S" + strconv.Itoa(c.Sentence) }

// Citations returns the source sentences the spans overlap, source by
// source in the brief's order, sentences in order, without repeats.
func (b *Brief) Citations(spans []Span) []Citation {
	var out []Citation
	for _, src := range b.AllSources() {
		for _, n := range src.SentenceNumbers(b.spansIn(src, spans)) {
			out = append(out, Citation{Source: src.ID, Sentence: n})
		}
	}
	return out
}

// Refs renders the sentence references of spans: "[S1, S4]" or, for three
// or more in a row, "[S2–S5]" in a one-source brief; with several sources
// each names its source: "[A·S1, B·S2–S5]". "" when none.
func (b *Brief) Refs(spans []Span) string {
	if len(b.Others) == 0 {
		return FormatRefs(b.Source.SentenceRanges(spans))
	}
	var parts []string
	for _, src := range b.AllSources() {
		parts = appendRuns(parts, src.ID+"·", src.SentenceRanges(b.spansIn(src, spans)))
	}
	return bracket(parts)
}

// spansIn returns the spans that point into src.
func (b *Brief) spansIn(src *Source, spans []Span) []Span {
	var out []Span
	for _, sp := range spans {
		if b.SourceOf(sp) == src {
			out = append(out, sp)
		}
	}
	return out
}
