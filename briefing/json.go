package briefing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Normalize replaces nil lists with empty ones so that the JSON form has
// every field present ("" or []), as the contract requires, sets the
// schema version to the current one when it is older or missing (the
// brief is then in the current form), gives every source an ID (the first
// "A", then the next free one) and names its source in every span: a
// source's sentences and furniture name that source, the spans of drafted
// items that name none name the first source.
func (b *Brief) Normalize() {
	if b.Schema < SchemaVersion {
		b.Schema = SchemaVersion
	}
	b.Tags = nonNil(b.Tags)
	b.Others = nonNil(b.Others)
	b.Summary = nonNil(b.Summary)
	b.Parties = nonNil(b.Parties)
	b.Commitments = nonNil(b.Commitments)
	b.Background = nonNil(b.Background)
	b.Dates = nonNil(b.Dates)
	b.Figures = nonNil(b.Figures)
	b.Disagreements = nonNil(b.Disagreements)
	if b.Source.ID == "" {
		b.Source.ID = b.NextSourceID()
	}
	for _, src := range b.AllSources() {
		if src.ID == "" {
			src.ID = b.NextSourceID()
		}
		src.Sentences = nameSpans(nonNil(src.Sentences), src.ID)
		src.Furniture = nameSpans(nonNil(src.Furniture), src.ID)
	}
	b.eachSpans(func(spans []Span) []Span { return nameSpans(nonNil(spans), b.Source.ID) })
	for i := range b.Parties {
		b.Parties[i].Aliases = nonNil(b.Parties[i].Aliases)
	}
	for i := range b.Commitments {
		c := &b.Commitments[i]
		c.Actors = nonNil(c.Actors)
		c.Counterparties = nonNil(c.Counterparties)
	}
	for i := range b.Disagreements {
		b.Disagreements[i].Claims = nonNil(b.Disagreements[i].Claims)
	}
}

// eachSpans replaces every list of spans of the drafted items (summary,
// background, party mentions, commitments, dates, figures, disagreement
// claims) with what f returns for it.
func (b *Brief) eachSpans(f func([]Span) []Span) {
	for i := range b.Summary {
		b.Summary[i].Spans = f(b.Summary[i].Spans)
	}
	for i := range b.Background {
		b.Background[i].Spans = f(b.Background[i].Spans)
	}
	for i := range b.Parties {
		b.Parties[i].Mentions = f(b.Parties[i].Mentions)
	}
	for i := range b.Commitments {
		b.Commitments[i].Spans = f(b.Commitments[i].Spans)
	}
	for i := range b.Dates {
		b.Dates[i].Spans = f(b.Dates[i].Spans)
	}
	for i := range b.Figures {
		b.Figures[i].Spans = f(b.Figures[i].Spans)
	}
	for i := range b.Disagreements {
		for j := range b.Disagreements[i].Claims {
			c := &b.Disagreements[i].Claims[j]
			c.Spans = f(c.Spans)
		}
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Normalized returns a normalised copy of the brief (see Normalize); the
// brief itself is not modified and shares nothing writable with the copy.
func (b *Brief) Normalized() *Brief {
	c := b.Clone()
	c.Normalize()
	return c
}

// MarshalIndent returns the brief's JSON, indented, with every field present.
// The brief itself is not modified.
func (b Brief) MarshalIndent() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b.Normalized()); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Parse reads a brief from JSON of schema 1 or 2. It refuses anything but
// a JSON object, unknown schema versions and a schema it does not follow
// (see upgrade and checkNamed) with a plain message, upgrades schema 1 to
// 2 (its source becomes source "A") and normalises the brief.
func Parse(data []byte) (*Brief, error) {
	if t := bytes.TrimSpace(data); len(t) == 0 || t[0] != '{' {
		return nil, errors.New("not a brief: a brief is a JSON object ({…})")
	}
	var b Brief
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("not a brief: %s", plainJSONError(err))
	}
	if b.Schema > SchemaVersion {
		return nil, fmt.Errorf("this brief uses schema %d, newer than this BriefDesk understands (%d); update BriefDesk", b.Schema, SchemaVersion)
	}
	if b.Schema < 0 {
		return nil, fmt.Errorf("not a brief: schema %d is invalid", b.Schema)
	}
	if err := b.upgrade(); err != nil {
		return nil, err
	}
	b.Normalize()
	return &b, nil
}

// plainJSONError says what is wrong with a brief's JSON without the
// decoder's Go type names.
func plainJSONError(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("the JSON is malformed at byte %d", syn.Offset)
	case errors.As(err, &typ) && typ.Field != "":
		return fmt.Sprintf("the field %q holds %s, which it cannot (see docs/brief-json.md)", typ.Field, article(typ.Value))
	case errors.As(err, &typ):
		return fmt.Sprintf("it holds %s where a brief (a JSON object) belongs", article(typ.Value))
	}
	return err.Error()
}

// article puts "a" or "an" before a JSON value kind ("string", "array").
func article(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}
