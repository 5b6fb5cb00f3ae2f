package briefing

import "fmt"

// upgrade checks that a brief just read follows the schema it states and
// brings a schema 1 brief (or one that states none) to schema 2: its one
// source becomes source "A". Schema 1 has no further sources, source IDs
// or span sources; schema 2 gives every source an ID and names the source
// of every span.
func (b *Brief) upgrade() error {
	if b.Schema >= 2 {
		return b.checkNamed()
	}
	named := false
	b.forEachSpan(func(_ int, sp Span) { named = named || sp.Source != "" })
	switch {
	case b.Source.ID != "":
		return fmt.Errorf("not a brief of schema %d: its source has an id, which needs schema 2", b.Schema)
	case len(b.Others) > 0:
		return fmt.Errorf("not a brief of schema %d: it lists further sources, which need schema 2", b.Schema)
	case named:
		return fmt.Errorf("not a brief of schema %d: its spans name sources, which needs schema 2", b.Schema)
	}
	b.Schema = SchemaVersion
	return nil
}

// checkNamed returns an error naming the first source without an ID or
// span without a source, and how many there are, or nil when there are none.
func (b *Brief) checkNamed() error {
	first, n := "", 0
	miss := func(what string) {
		if n == 0 {
			first = what
		}
		n++
	}
	for i, src := range b.AllSources() {
		if src.ID == "" {
			miss(fmt.Sprintf("source %d has no id", i+1))
		}
	}
	b.forEachSpan(func(src int, sp Span) {
		switch {
		case sp.Source != "":
		case src >= 0:
			miss(fmt.Sprintf("a sentence of source %d names no source", src+1))
		default:
			miss(fmt.Sprintf("span [%d,%d) names no source", sp.Start, sp.End))
		}
	})
	switch n {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("not a brief of schema %d: %s (every source has an id and every span names its source)", b.Schema, first)
	}
	return fmt.Errorf("not a brief of schema %d: %s, and %d more like it (every source has an id and every span names its source)", b.Schema, first, n-1)
}

// forEachSpan calls f with every span of the brief: each source's
// sentences and furniture (src is the source's index in AllSources), then
// the drafted items' spans (src is -1).
func (b *Brief) forEachSpan(f func(src int, sp Span)) {
	for i, s := range b.AllSources() {
		for _, sp := range s.Sentences {
			f(i, sp)
		}
		for _, sp := range s.Furniture {
			f(i, sp)
		}
	}
	b.eachSpans(func(spans []Span) []Span {
		for _, sp := range spans {
			f(-1, sp)
		}
		return spans
	})
}
