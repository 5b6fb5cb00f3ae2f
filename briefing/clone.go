package briefing

import "slices"

// Clone returns a deep copy of the brief: editing one never changes the
// other. The source text, a string, is shared.
func (b *Brief) Clone() *Brief {
	c := *b
	c.Tags = slices.Clone(b.Tags)
	c.Source.Sentences = slices.Clone(b.Source.Sentences)
	c.Source.Furniture = slices.Clone(b.Source.Furniture)
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
	return &c
}

func cloneItems(items []Item) []Item {
	out := slices.Clone(items)
	for i := range out {
		out[i].Spans = slices.Clone(out[i].Spans)
	}
	return out
}
