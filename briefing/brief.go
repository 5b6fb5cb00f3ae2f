// Package briefing holds the model of a briefing note: the Brief, its
// sections and the source spans that tie every drafted item to the text it
// came from. Its JSON form is the contract between the drafting engine, the
// command line, the archive and the PDF export.
package briefing

// SchemaVersion is the version of the brief JSON this package writes. It
// reads schema 1 too (one source, spans that name none): Parse upgrades it.
const SchemaVersion = 2

// Span is a half-open byte range [Start, End) into the UTF-8 text of one
// of the brief's sources.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
	// Source is the ID of the source the span points into ("A", "B" …).
	// "" stands for the brief's first source; Normalize writes its ID.
	Source string `json:"source"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Source is an article a brief was drafted from, kept exactly as pasted.
type Source struct {
	// ID names the source in spans and references: "A" for the first,
	// then "B", "C" … (see NextSourceID); only RelabelSources changes it.
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	// Author is the article's byline; "" when unknown.
	Author string `json:"author"`
	// Fetched is when the article was fetched from URL (RFC 3339, UTC);
	// "" when it came from a file or a paste.
	Fetched string `json:"fetched"`
	// Sentences are every sentence the segmenter found, in order.
	Sentences []Span `json:"sentences"`
	// Furniture are the sentences that are not article prose but parts of
	// the web page the text was copied from (captions, bylines, "Read
	// more", image credits …): each is one of Sentences, in order. No
	// drafted item comes from them.
	Furniture []Span `json:"furniture"`
}

// Item is one drafted line of a list section (summary, background): its
// text, an optional ISO date and the spans of the source sentences behind it.
type Item struct {
	Text  string `json:"text"`
	When  string `json:"when"`
	Spans []Span `json:"spans"`
}

// Party kinds: the closed list of Party.Kind values.
const (
	KindPerson       = "person"
	KindCountry      = "country"
	KindOrganisation = "organisation"
	KindPlace        = "place"
	KindGroup        = "group"
)

// PartyKinds lists every valid Party.Kind.
var PartyKinds = []string{KindPerson, KindCountry, KindOrganisation, KindPlace, KindGroup}

// Party is a state, organisation, person, place or group named in the source.
type Party struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Aliases     []string `json:"aliases"`
	// Mentions are the spans of every mention of the party in the source.
	Mentions []Span `json:"mentions"`
}

// Commitment statuses: the closed list of Commitment.Status values.
const (
	StatusSigned      = "signed"
	StatusAgreed      = "agreed"
	StatusPledged     = "pledged"
	StatusIntends     = "intends"
	StatusProposed    = "proposed"
	StatusRefused     = "refused"
	StatusConditional = "conditional"
)

// Statuses lists every valid Commitment.Status.
var Statuses = []string{StatusSigned, StatusAgreed, StatusPledged, StatusIntends,
	StatusProposed, StatusRefused, StatusConditional}

// Commitment records who signed, agreed, pledged, intends or refused what,
// with whom, and by when.
type Commitment struct {
	Actors         []string `json:"actors"`
	Verb           string   `json:"verb"`
	Status         string   `json:"status"`
	Action         string   `json:"action"`
	Counterparties []string `json:"counterparties"`
	When           string   `json:"when"`
	Deadline       string   `json:"deadline"`
	Text           string   `json:"text"`
	Spans          []Span   `json:"spans"`
}

// Date precisions: the closed list of DateRef.Precision values.
const (
	PrecisionYear  = "year"
	PrecisionMonth = "month"
	PrecisionDay   = "day"
)

// DateRef is a date expression found in the source, resolved to ISO 8601 at
// the precision the text supports.
type DateRef struct {
	Text      string `json:"text"`
	Value     string `json:"value"`
	Precision string `json:"precision"`
	Spans     []Span `json:"spans"`
}

// Figure is a number found in the source with its unit (money, percentage,
// count with its noun, duration).
type Figure struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Spans []Span  `json:"spans"`
}

// Brief is a briefing note: the drafted sections, the sources they came from,
// and the analyst's metadata (ID, marking, author, tags, timestamps).
type Brief struct {
	Schema  int      `json:"schema"`
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Marking string   `json:"marking"`
	Author  string   `json:"author"`
	Created string   `json:"created"`
	Updated string   `json:"updated"`
	Tags    []string `json:"tags"`
	// Source is the brief's first source (ID "A"); Others are the
	// further ones, in order. AllSources lists them together.
	Source      Source       `json:"source"`
	Others      []Source     `json:"sources"`
	Summary     []Item       `json:"summary"`
	Parties     []Party      `json:"parties"`
	Commitments []Commitment `json:"commitments"`
	Background  []Item       `json:"background"`
	Dates       []DateRef    `json:"dates"`
	Figures     []Figure     `json:"figures"`
	// Disagreements are the figures and dates the sources give
	// differently for the same thing; empty for a one-source brief.
	Disagreements []Disagreement `json:"disagreements"`
}
