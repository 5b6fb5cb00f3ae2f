package briefing

import (
	"slices"
	"strings"
)

// AllSources returns the brief's sources, the first (Source) then the
// Others, as pointers into the brief: editing one edits the brief. They
// stay valid until Others is appended to or cut.
func (b *Brief) AllSources() []*Source {
	out := make([]*Source, 0, 1+len(b.Others))
	out = append(out, &b.Source)
	for i := range b.Others {
		out = append(out, &b.Others[i])
	}
	return out
}

// SourceCount is the number of sources of the brief (1 for a brief
// drafted from one article).
func (b *Brief) SourceCount() int { return 1 + len(b.Others) }

// SourceByID returns the source with the given ID, or nil when the brief
// has none. "" is the first source, as in a Span.
func (b *Brief) SourceByID(id string) *Source {
	if id == "" || id == b.Source.ID {
		return &b.Source
	}
	for i := range b.Others {
		if b.Others[i].ID == id {
			return &b.Others[i]
		}
	}
	return nil
}

// SourceOf returns the source a span points into, or nil when the brief
// has no source of that ID.
func (b *Brief) SourceOf(sp Span) *Source { return b.SourceByID(sp.Source) }

// SourceID returns the ID of source n (0-based) in the default sequence
// A … Z, AA, AB … ZZ, AAA ….
func SourceID(n int) string {
	id := []byte{}
	for n++; n > 0; n = (n - 1) / 26 {
		id = append(id, byte('A'+(n-1)%26))
	}
	slices.Reverse(id)
	return string(id)
}

// NextSourceID returns the first ID of the sequence A, B … Z, AA, AB …
// that none of the brief's sources has. IDs of removed sources are free
// again only once nothing refers to them.
func (b *Brief) NextSourceID() string {
	for n := 0; ; n++ {
		if id := SourceID(n); b.SourceByID(id) == nil {
			return id
		}
	}
}

// AddSource appends src to the brief's sources under a new ID (the one
// it has, when no other source has it; else NextSourceID), names that ID
// in its sentences and furniture, and returns it. A first source without
// an ID gets one first. The drafted items are
// not touched: merging them is the merge package's job.
func (b *Brief) AddSource(src Source) string {
	if b.Source.ID == "" {
		b.Source.ID = b.NextSourceID()
	}
	if src.ID == "" || b.SourceByID(src.ID) != nil || !validSourceID(src.ID) {
		src.ID = b.NextSourceID()
	}
	src.Sentences = nameSpans(slices.Clone(src.Sentences), src.ID)
	src.Furniture = nameSpans(slices.Clone(src.Furniture), src.ID)
	b.Others = append(b.Others, src)
	return src.ID
}

// SourceList names the brief's sources in one line, each by its ID and
// title (else its URL, else nothing): "A: Kenya and Tanzania agree …; B:
// Truckers cheer …".
func (b *Brief) SourceList() string {
	var parts []string
	for _, src := range b.AllSources() {
		t := strings.TrimSpace(src.Title)
		if t == "" {
			t = strings.TrimSpace(src.URL)
		}
		if t == "" {
			parts = append(parts, src.ID)
			continue
		}
		parts = append(parts, src.ID+": "+t)
	}
	return strings.Join(parts, "; ")
}

// SourceIDs returns the IDs of the sources the spans point into, in the
// brief's order of sources and without repeats ("" counts as the first).
func (b *Brief) SourceIDs(spans []Span) []string {
	var out []string
	for _, s := range b.AllSources() {
		if slices.ContainsFunc(spans, func(sp Span) bool { return b.SourceOf(sp) == s }) {
			out = append(out, s.ID)
		}
	}
	return out
}

// Corroboration returns how many of the brief's sources the spans point
// into and how many sources the brief has: a commitment reported by three
// of four sources gives (3, 4).
func (b *Brief) Corroboration(spans []Span) (reporting, sources int) {
	return len(b.SourceIDs(spans)), b.SourceCount()
}

// Has reports whether sp points into s: it names s's ID, or one of the two
// names none (a one-source brief not yet normalised). Within a brief,
// Brief.SourceOf is exact: an unnamed span is the first source's.
func (s Source) Has(sp Span) bool {
	return sp.Source == s.ID || sp.Source == "" || s.ID == ""
}

// nameSpans sets the Source of every span that names none to id.
func nameSpans(spans []Span, id string) []Span {
	for i := range spans {
		if spans[i].Source == "" {
			spans[i].Source = id
		}
	}
	return spans
}

// validSourceID reports whether id is made of one to three capital
// letters A–Z, the form source IDs take.
func validSourceID(id string) bool {
	if id == "" || len(id) > 3 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if id[i] < 'A' || id[i] > 'Z' {
			return false
		}
	}
	return true
}

// RelabelSources gives sources new IDs, all at once: ids maps an old ID to
// its new one (IDs not in it stay), in the sources and in every span, so
// that "A"→"B" and "B"→"C" together move both. A span naming no source is
// the first source's and is renamed with it. The caller keeps the IDs
// unique (Validate says when they are not).
func (b *Brief) RelabelSources(ids map[string]string) {
	first := b.Source.ID
	rename := func(spans []Span) []Span {
		for i := range spans {
			id := spans[i].Source
			if id == "" {
				id = first
			}
			if to, ok := ids[id]; ok {
				spans[i].Source = to
			}
		}
		return spans
	}
	for _, src := range b.AllSources() {
		src.Sentences = rename(src.Sentences)
		src.Furniture = rename(src.Furniture)
		if to, ok := ids[src.ID]; ok {
			src.ID = to
		}
	}
	b.eachSpans(rename)
}
