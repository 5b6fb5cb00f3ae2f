package briefing

import (
	"fmt"
	"slices"
)

// RemoveSource removes the source with the given ID and what only it
// supported: every span into it is dropped, and an item (summary or
// background item, party, commitment, date, figure, disagreement claim)
// that had spans and has none left is removed; a disagreement left with
// fewer than two claims is no disagreement and goes too. Items the
// analyst added without spans stay. The other sources keep their IDs;
// when the first is removed, the next becomes Source. It returns how many
// items were removed; the only source cannot be removed.
func (b *Brief) RemoveSource(id string) (int, error) {
	src := b.SourceByID(id)
	switch {
	case src == nil:
		return 0, fmt.Errorf("the brief has no source %s", id)
	case b.SourceCount() == 1:
		return 0, fmt.Errorf("source %s is the brief's only source: a brief is drafted from at least one article", src.ID)
	}
	id = src.ID
	first := b.Source.ID
	in := func(sp Span) bool { return sp.Source == id || sp.Source == "" && first == id }
	removed := 0
	// drop removes the spans into the source; it reports whether an item
	// with spans was left with none.
	drop := func(spans *[]Span) bool {
		had := len(*spans) > 0
		*spans = slices.DeleteFunc(*spans, in)
		return had && len(*spans) == 0
	}
	removed += deleteIf(&b.Summary, func(it *Item) bool { return drop(&it.Spans) })
	removed += deleteIf(&b.Background, func(it *Item) bool { return drop(&it.Spans) })
	removed += deleteIf(&b.Parties, func(p *Party) bool { return drop(&p.Mentions) })
	removed += deleteIf(&b.Commitments, func(c *Commitment) bool { return drop(&c.Spans) })
	removed += deleteIf(&b.Dates, func(d *DateRef) bool { return drop(&d.Spans) })
	removed += deleteIf(&b.Figures, func(f *Figure) bool { return drop(&f.Spans) })
	removed += deleteIf(&b.Disagreements, func(d *Disagreement) bool {
		deleteIf(&d.Claims, func(c *Claim) bool { return drop(&c.Spans) })
		return len(d.Claims) < 2
	})
	if first == id {
		b.Source, b.Others = b.Others[0], b.Others[1:]
	} else {
		b.Others = slices.DeleteFunc(b.Others, func(s Source) bool { return s.ID == id })
	}
	return removed, nil
}

// OnlySupportedBy returns how many items RemoveSource(id) would remove:
// what to tell the analyst before removing a source.
func (b *Brief) OnlySupportedBy(id string) int {
	n, _ := b.Clone().RemoveSource(id)
	return n
}

// deleteIf removes from list, in place, the elements for which gone
// returns true (it may change the element first) and returns how many.
func deleteIf[T any](list *[]T, gone func(*T) bool) int {
	kept := (*list)[:0]
	for i := range *list {
		if !gone(&(*list)[i]) {
			kept = append(kept, (*list)[i])
		}
	}
	n := len(*list) - len(kept)
	clear((*list)[len(kept):])
	*list = kept
	return n
}
