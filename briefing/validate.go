package briefing

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Validate checks the brief against the JSON contract and returns every
// problem found, in plain words, joined into one error (nil when valid):
// a source with an empty text, a missing, malformed or repeated ID; spans
// naming no source the brief has, outside their source, reversed,
// splitting a UTF-8 character, or sentences out of order or overlapping;
// unknown party kinds, commitment statuses or disagreement kinds; dates
// that are not ISO 8601 at a known precision.
func (b *Brief) Validate() error {
	v := validator{b: b, one: len(b.Others) == 0}
	if b.Schema != SchemaVersion {
		v.addf("schema is %d, expected %d", b.Schema, SchemaVersion)
	}
	seen := map[string]bool{}
	for _, src := range b.AllSources() {
		switch {
		case src.ID == "" && !v.one:
			v.addf("a source has no id")
		case src.ID != "" && !validSourceID(src.ID):
			v.addf("source id %q is not one to three capital letters (A, B … AA …)", src.ID)
		case seen[src.ID]:
			v.addf("two sources have the id %q", src.ID)
		}
		seen[src.ID] = true
		v.source(src)
	}
	for i, it := range b.Summary {
		v.item(fmt.Sprintf("summary item %d", i+1), it)
	}
	for i, it := range b.Background {
		v.item(fmt.Sprintf("background item %d", i+1), it)
	}
	for i, p := range b.Parties {
		where := fmt.Sprintf("party %d (%q)", i+1, p.Name)
		if strings.TrimSpace(p.Name) == "" {
			v.addf("%s has no name", where)
		}
		v.oneOf(where, "kind", p.Kind, PartyKinds)
		v.spans(where+" mention", p.Mentions)
	}
	for i, c := range b.Commitments {
		where := fmt.Sprintf("commitment %d", i+1)
		v.oneOf(where, "status", c.Status, Statuses)
		if c.When != "" {
			v.date(where+" date", c.When)
		}
		if c.Deadline != "" {
			v.date(where+" deadline", c.Deadline)
		}
		v.spans(where, c.Spans)
	}
	for i, d := range b.Dates {
		where := fmt.Sprintf("date %d (%q)", i+1, d.Text)
		v.date(where, d.Value)
		if d.Precision != "" && PrecisionOf(d.Value) != d.Precision {
			v.addf("%s has precision %q but value %q", where, d.Precision, d.Value)
		}
		v.spans(where, d.Spans)
	}
	for i, f := range b.Figures {
		v.spans(fmt.Sprintf("figure %d (%q)", i+1, f.Text), f.Spans)
	}
	for i, d := range b.Disagreements {
		v.disagreement(fmt.Sprintf("disagreement %d (%q)", i+1, d.About), d)
	}
	return errors.Join(v.problems...)
}

type validator struct {
	b *Brief
	// one is set for a one-source brief, whose messages say "the source".
	one      bool
	problems []error
}

func (v *validator) addf(format string, args ...any) {
	v.problems = append(v.problems, fmt.Errorf(format, args...))
}

// name is how messages call src: "the source" in a one-source brief,
// else "source B".
func (v *validator) name(src *Source) string {
	if v.one {
		return "the source"
	}
	return "source " + src.ID
}

// source checks one source: its text, dates, sentences and furniture.
func (v *validator) source(src *Source) {
	name := v.name(src)
	label := strings.TrimPrefix(name, "the ")
	if strings.TrimSpace(src.Text) == "" {
		v.addf("%s text is empty: a brief is drafted from an article", name)
	}
	if src.Published != "" {
		v.date(label+" published date", src.Published)
	}
	if _, err := time.Parse(time.RFC3339, src.Fetched); src.Fetched != "" && err != nil {
		v.addf("%s fetched time %q is not an RFC 3339 time such as 2024-03-05T09:30:00Z", label, src.Fetched)
	}
	prev := 0
	for i, s := range src.Sentences {
		where := fmt.Sprintf("sentence %d", i+1)
		if !v.one {
			where = fmt.Sprintf("sentence %d of %s", i+1, name)
		}
		if !src.Has(s) {
			v.addf("%s names source %q, not its own", where, s.Source)
		}
		v.spanIn(where, src, s)
		if s.Start < prev {
			v.addf("%s starts at byte %d, before the end of the previous sentence (%d)", where, s.Start, prev)
		}
		prev = s.End
	}
	v.furniture(src)
}

// furniture checks that every furniture span is one of the source's
// sentences, in order.
func (v *validator) furniture(src *Source) {
	k := 0
	for i, f := range src.Furniture {
		for k < len(src.Sentences) && !sameSpan(src.Sentences[k], f) {
			k++
		}
		if k == len(src.Sentences) {
			v.addf("furniture %d [%d,%d) is not one of the sentences of %s (or is out of order)", i+1, f.Start, f.End, v.name(src))
			return
		}
		k++
	}
}

// sameSpan reports whether a and b cover the same bytes of the same source
// (a span naming no source matches either).
func sameSpan(a, b Span) bool {
	return a.Start == b.Start && a.End == b.End && (a.Source == b.Source || a.Source == "" || b.Source == "")
}

func (v *validator) item(where string, it Item) {
	if it.When != "" {
		v.date(where+" date", it.When)
	}
	v.spans(where, it.Spans)
}

func (v *validator) oneOf(where, field, value string, valid []string) {
	if !slices.Contains(valid, value) {
		v.addf("%s has unknown %s %q (expected one of %s)", where, field, value, strings.Join(valid, ", "))
	}
}

// disagreement checks a disagreement: its kind, at least two claims, each
// value a date or a number as the kind says, and the claims' spans.
func (v *validator) disagreement(where string, d Disagreement) {
	v.oneOf(where, "kind", d.Kind, DisagreementKinds)
	if len(d.Claims) < 2 {
		v.addf("%s has %d claims: a disagreement has two or more", where, len(d.Claims))
	}
	for j, c := range d.Claims {
		cw := fmt.Sprintf("%s claim %d", where, j+1)
		switch d.Kind {
		case DisagreeDate:
			v.date(cw, c.Value)
		case DisagreeFigure:
			if _, err := strconv.ParseFloat(c.Value, 64); err != nil {
				v.addf("%s value %q is not a number", cw, c.Value)
			}
		}
		v.spans(cw, c.Spans)
	}
}

func (v *validator) spans(where string, spans []Span) {
	for _, s := range spans {
		src := v.b.SourceOf(s)
		if src == nil {
			v.addf("%s span [%d,%d) names source %q, which the brief does not have", where, s.Start, s.End, s.Source)
			continue
		}
		v.spanIn(where, src, s)
	}
}

// spanIn checks that s lies inside src's text and on character boundaries.
func (v *validator) spanIn(where string, src *Source, s Span) {
	text := src.Text
	n := len(text)
	switch {
	case s.Start < 0 || s.End > n:
		v.addf("%s span [%d,%d) lies outside %s (%d bytes)", where, s.Start, s.End, v.name(src), n)
	case s.Start > s.End:
		v.addf("%s span [%d,%d) ends before it starts", where, s.Start, s.End)
	case !boundary(text, s.Start) || !boundary(text, s.End):
		v.addf("%s span [%d,%d) cuts a character in two", where, s.Start, s.End)
	}
}

// boundary reports whether byte offset i of s is not inside a UTF-8 sequence.
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// date layouts by precision, most precise first.
var dateLayouts = []struct{ layout, precision string }{
	{"2006-01-02", PrecisionDay},
	{"2006-01", PrecisionMonth},
	{"2006", PrecisionYear},
}

// PrecisionOf returns the precision of an ISO date (PrecisionDay, PrecisionMonth
// or PrecisionYear), or "" when it is not one.
func PrecisionOf(value string) string {
	for _, l := range dateLayouts {
		if len(value) == len(l.layout) {
			if _, err := time.Parse(l.layout, value); err == nil {
				return l.precision
			}
		}
	}
	return ""
}

// ValidDate reports whether value is an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD).
func ValidDate(value string) bool { return PrecisionOf(value) != "" }

// CheckDate returns nil for an ISO 8601 date (YYYY, YYYY-MM or
// YYYY-MM-DD) and otherwise an error saying how to write one.
func CheckDate(value string) error {
	if !ValidDate(value) {
		return fmt.Errorf("%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", value)
	}
	return nil
}

func (v *validator) date(where, value string) {
	if err := CheckDate(value); err != nil {
		v.addf("%s %v", where, err)
	}
}
