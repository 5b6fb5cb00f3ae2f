package briefing

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
