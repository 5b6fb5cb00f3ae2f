package briefing

import "slices"

// Disagreement kinds: the closed list of Disagreement.Kind values.
const (
	DisagreeFigure = "figure"
	DisagreeDate   = "date"
)

// DisagreementKinds lists every valid Disagreement.Kind.
var DisagreementKinds = []string{DisagreeFigure, DisagreeDate}

// Disagreement records sources giving different figures or dates for the
// same thing (casualties, an amount, the day of a signing): every claim is
// kept, none is chosen.
type Disagreement struct {
	// Kind is DisagreeFigure or DisagreeDate.
	Kind string `json:"kind"`
	// About says what the values are of, in the sources' words
	// ("people killed", "signed the agreement").
	About string `json:"about"`
	// Claims are the differing values, at least two, each with the spans
	// of the sources that give it.
	Claims []Claim `json:"claims"`
}

// Claim is one value given for the thing a Disagreement is about.
type Claim struct {
	// Text is the value as a source writes it ("at least 12", "on Monday").
	Text string `json:"text"`
	// Value is the ISO 8601 date (a date) or the number (a figure,
	// written as JSON writes numbers, e.g. "12" or "1.5").
	Value string `json:"value"`
	Spans []Span `json:"spans"`
}

// DisputeNote says whether the sources disagree about something the spans
// rest on: a disagreement has a claim whose spans overlap them. It is
// "sources differ on the figure", "… on the date", "… on figure and date",
// or "" when none does.
func (b *Brief) DisputeNote(spans []Span) string {
	var figure, date bool
	for _, d := range b.Disagreements {
		if !slices.ContainsFunc(d.Claims, func(c Claim) bool { return b.overlaps(c.Spans, spans) }) {
			continue
		}
		figure = figure || d.Kind == DisagreeFigure
		date = date || d.Kind == DisagreeDate
	}
	switch {
	case figure && date:
		return "sources differ on figure and date"
	case figure:
		return "sources differ on the figure"
	case date:
		return "sources differ on the date"
	}
	return ""
}

// overlaps reports whether a span of xs shares bytes of the same source
// with a span of ys.
func (b *Brief) overlaps(xs, ys []Span) bool {
	for _, x := range xs {
		for _, y := range ys {
			if b.SourceOf(x) == b.SourceOf(y) && x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}
