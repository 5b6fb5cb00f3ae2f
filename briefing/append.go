package briefing

// Append adds o's sources to the brief as further sources under new IDs
// (the next free ones, see NextSourceID) and o's items after the brief's,
// their spans naming the new IDs. Nothing is merged: a party both name is
// listed twice. It returns the new IDs in o's order; o is not modified.
func (b *Brief) Append(o *Brief) []string {
	b.Normalize()
	o = o.Normalized()
	ids := map[string]string{}
	var added []string
	for _, src := range o.AllSources() {
		s := src.clone()
		old := s.ID
		s.ID = ""
		s.Sentences, s.Furniture = unnamed(s.Sentences), unnamed(s.Furniture)
		ids[old] = b.AddSource(s)
		added = append(added, ids[old])
	}
	o.eachSpans(func(spans []Span) []Span {
		for i := range spans {
			spans[i].Source = ids[spans[i].Source]
		}
		return spans
	})
	b.Summary = append(b.Summary, o.Summary...)
	b.Parties = append(b.Parties, o.Parties...)
	b.Commitments = append(b.Commitments, o.Commitments...)
	b.Background = append(b.Background, o.Background...)
	b.Dates = append(b.Dates, o.Dates...)
	b.Figures = append(b.Figures, o.Figures...)
	b.Disagreements = append(b.Disagreements, o.Disagreements...)
	return added
}

// unnamed returns the spans with the source they name cleared.
func unnamed(spans []Span) []Span {
	for i := range spans {
		spans[i].Source = ""
	}
	return spans
}
