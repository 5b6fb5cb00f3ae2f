package briefing

import (
	"errors"
	"fmt"
	"slices"
)

// Removed counts what taking a source out of a brief takes with it: the
// items every span of which pointed into that source. Items that other
// sources support too stay, with their spans in those sources only.
type Removed struct {
	Summary, Parties, Commitments, Background, Dates, Figures, Disagreements int
}

// Total is the number of items removed.
func (r Removed) Total() int {
	return r.Summary + r.Parties + r.Commitments + r.Background + r.Dates + r.Figures + r.Disagreements
}

// ErrLastSource is why the only source of a brief cannot be removed.
var ErrLastSource = errors.New("a brief keeps at least one source: this is its only one")

// WithoutSource returns a copy of the brief without the source of the
// given ID and without what only that source supported (see Removed);
// the brief itself is not modified. When the first source goes, the next
// becomes the first and keeps its ID. Items with no spans (written by the
// analyst) stay. A disagreement keeps the claims other sources make and
// goes when fewer than two are left.
func (b *Brief) WithoutSource(id string) (*Brief, Removed, error) {
	var r Removed
	if b.SourceByID(id) == nil {
		return nil, r, fmt.Errorf("the brief has no source %q", id)
	}
	if b.SourceCount() == 1 {
		return nil, r, ErrLastSource
	}
	c := b.Normalized()
	id = c.SourceByID(id).ID
	if c.Source.ID == id {
		c.Source, c.Others = c.Others[0], c.Others[1:]
	} else {
		c.Others = slices.DeleteFunc(c.Others, func(s Source) bool { return s.ID == id })
	}
	c.Others = nonNil(c.Others)
	c.Summary, r.Summary = keepSupported(c.Summary, id, func(it *Item) *[]Span { return &it.Spans })
	c.Background, r.Background = keepSupported(c.Background, id, func(it *Item) *[]Span { return &it.Spans })
	c.Parties, r.Parties = keepSupported(c.Parties, id, func(p *Party) *[]Span { return &p.Mentions })
	c.Commitments, r.Commitments = keepSupported(c.Commitments, id, func(x *Commitment) *[]Span { return &x.Spans })
	c.Dates, r.Dates = keepSupported(c.Dates, id, func(d *DateRef) *[]Span { return &d.Spans })
	c.Figures, r.Figures = keepSupported(c.Figures, id, func(f *Figure) *[]Span { return &f.Spans })
	for i := range c.Disagreements {
		d := &c.Disagreements[i]
		d.Claims, _ = keepSupported(d.Claims, id, func(cl *Claim) *[]Span { return &cl.Spans })
	}
	n := len(c.Disagreements)
	c.Disagreements = slices.DeleteFunc(c.Disagreements, func(d Disagreement) bool { return len(d.Claims) < 2 })
	r.Disagreements = n - len(c.Disagreements)
	return c, r, nil
}

// keepSupported drops from every item's spans those in source id, and the
// items left with none that had some; it returns the items kept and how
// many were dropped.
func keepSupported[T any](items []T, id string, spans func(*T) *[]Span) ([]T, int) {
	out := items[:0]
	for i := range items {
		sp := spans(&items[i])
		had := len(*sp) > 0
		*sp = slices.DeleteFunc(*sp, func(s Span) bool { return s.Source == id })
		if had && len(*sp) == 0 {
			continue
		}
		out = append(out, items[i])
	}
	return out, len(items) - len(out)
}
