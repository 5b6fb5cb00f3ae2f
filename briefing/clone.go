package briefing

import "slices"

// Clone returns a deep copy of the brief: editing one never changes the
// other. The source text, a string, is shared.
func (b *Brief) Clone() *Brief {
	c := *b
	c.Tags = slices.Clone(b.Tags)
	c.Source = b.Source.clone()
	if b.Others != nil {
		c.Others = make([]Source, len(b.Others))
		for i := range b.Others {
			c.Others[i] = b.Others[i].clone()
		}
	}
	c.Summary = cloneItems(b.Summary)
	c.Background = cloneItems(b.Background)
	c.Parties = slices.Clone(b.Parties)
	for i := range c.Parties {
		c.Parties[i].Aliases = slices.Clone(c.Parties[i].Aliases)
		c.Parties[i].Mentions = slices.Clone(c.Parties[i].Mentions)
	}
	c.Commitments = slices.Clone(b.Commitments)
	for i := range c.Commitments {
		cm := &c.Commitments[i]
		cm.Actors, cm.Counterparties, cm.Spans = slices.Clone(cm.Actors), slices.Clone(cm.Counterparties), slices.Clone(cm.Spans)
	}
	c.Dates = slices.Clone(b.Dates)
	for i := range c.Dates {
		c.Dates[i].Spans = slices.Clone(c.Dates[i].Spans)
	}
	c.Figures = slices.Clone(b.Figures)
	for i := range c.Figures {
		c.Figures[i].Spans = slices.Clone(c.Figures[i].Spans)
	}
	c.Disagreements = slices.Clone(b.Disagreements)
	for i := range c.Disagreements {
		d := &c.Disagreements[i]
		d.Claims = slices.Clone(d.Claims)
		for j := range d.Claims {
			d.Claims[j].Spans = slices.Clone(d.Claims[j].Spans)
		}
	}
	return &c
}

// clone returns a copy of the source sharing no list with it (the text, a
// string, is shared).
func (s Source) clone() Source {
	s.Sentences = slices.Clone(s.Sentences)
	s.Furniture = slices.Clone(s.Furniture)
	return s
}

func cloneItems(items []Item) []Item {
	out := slices.Clone(items)
	for i := range out {
		out[i].Spans = slices.Clone(out[i].Spans)
	}
	return out
}
