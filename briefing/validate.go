package briefing

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Validate checks the brief against the JSON contract and returns every
// problem found, in plain words, joined into one error (nil when valid):
// an empty source text, spans outside the source, reversed, splitting a UTF-8 character, or
// sentences out of order or overlapping; unknown party kinds or commitment
// statuses; dates that are not ISO 8601 at a known precision.
func (b *Brief) Validate() error {
	v := validator{text: b.Source.Text}
	if strings.TrimSpace(b.Source.Text) == "" {
		v.addf("the source text is empty: a brief is drafted from an article")
	}
	if b.Schema != SchemaVersion {
		v.addf("schema is %d, expected %d", b.Schema, SchemaVersion)
	}
	if b.Source.Published != "" {
		v.date("source published date", b.Source.Published)
	}
	if _, err := time.Parse(time.RFC3339, b.Source.Fetched); b.Source.Fetched != "" && err != nil {
		v.addf("source fetched time %q is not an RFC 3339 time such as 2024-03-05T09:30:00Z", b.Source.Fetched)
	}
	prev := 0
	for i, s := range b.Source.Sentences {
		where := fmt.Sprintf("sentence %d", i+1)
		v.span(where, s)
		if s.Start < prev {
			v.addf("%s starts at byte %d, before the end of the previous sentence (%d)", where, s.Start, prev)
		}
		prev = s.End
	}
	v.furniture(b.Source)
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
		if !slices.Contains(PartyKinds, p.Kind) {
			v.addf("%s has unknown kind %q (expected one of %s)", where, p.Kind, strings.Join(PartyKinds, ", "))
		}
		v.spans(where+" mention", p.Mentions)
	}
	for i, c := range b.Commitments {
		where := fmt.Sprintf("commitment %d", i+1)
		if !slices.Contains(Statuses, c.Status) {
			v.addf("%s has unknown status %q (expected one of %s)", where, c.Status, strings.Join(Statuses, ", "))
		}
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
	return errors.Join(v.problems...)
}

type validator struct {
	text     string
	problems []error
}

func (v *validator) addf(format string, args ...any) {
	v.problems = append(v.problems, fmt.Errorf(format, args...))
}

// furniture checks that every furniture span is one of the source's
// sentences, in order.
func (v *validator) furniture(src Source) {
	k := 0
	for i, f := range src.Furniture {
		for k < len(src.Sentences) && src.Sentences[k] != f {
			k++
		}
		if k == len(src.Sentences) {
			v.addf("furniture %d [%d,%d) is not one of the source's sentences (or is out of order)", i+1, f.Start, f.End)
			return
		}
		k++
	}
}

func (v *validator) item(where string, it Item) {
	if it.When != "" {
		v.date(where+" date", it.When)
	}
	v.spans(where, it.Spans)
}

func (v *validator) spans(where string, spans []Span) {
	for _, s := range spans {
		v.span(where, s)
	}
}

func (v *validator) span(where string, s Span) {
	n := len(v.text)
	switch {
	case s.Start < 0 || s.End > n:
		v.addf("%s span [%d,%d) lies outside the source (%d bytes)", where, s.Start, s.End, n)
	case s.Start > s.End:
		v.addf("%s span [%d,%d) ends before it starts", where, s.Start, s.End)
	case !boundary(v.text, s.Start) || !boundary(v.text, s.End):
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
