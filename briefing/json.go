package briefing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Normalize replaces nil lists with empty ones so that the JSON form has
// every field present ("" or []), as the contract requires, and sets the
// schema version when it is missing.
func (b *Brief) Normalize() {
	if b.Schema == 0 {
		b.Schema = SchemaVersion
	}
	b.Tags = nonNil(b.Tags)
	b.Source.Sentences = nonNil(b.Source.Sentences)
	b.Source.Furniture = nonNil(b.Source.Furniture)
	b.Summary = nonNil(b.Summary)
	b.Parties = nonNil(b.Parties)
	b.Commitments = nonNil(b.Commitments)
	b.Background = nonNil(b.Background)
	b.Dates = nonNil(b.Dates)
	b.Figures = nonNil(b.Figures)
	for i := range b.Summary {
		b.Summary[i].Spans = nonNil(b.Summary[i].Spans)
	}
	for i := range b.Background {
		b.Background[i].Spans = nonNil(b.Background[i].Spans)
	}
	for i := range b.Parties {
		p := &b.Parties[i]
		p.Aliases = nonNil(p.Aliases)
		p.Mentions = nonNil(p.Mentions)
	}
	for i := range b.Commitments {
		c := &b.Commitments[i]
		c.Actors = nonNil(c.Actors)
		c.Counterparties = nonNil(c.Counterparties)
		c.Spans = nonNil(c.Spans)
	}
	for i := range b.Dates {
		b.Dates[i].Spans = nonNil(b.Dates[i].Spans)
	}
	for i := range b.Figures {
		b.Figures[i].Spans = nonNil(b.Figures[i].Spans)
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// MarshalIndent returns the brief's JSON, indented, with every field present.
// The brief itself is not modified.
func (b Brief) MarshalIndent() ([]byte, error) {
	b.Normalize()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Parse reads a brief from JSON. It refuses anything but a JSON object and
// unknown schema versions with a plain message, and fills missing lists
// with empty ones.
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
