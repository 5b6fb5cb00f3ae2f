package dates

import (
	"regexp"
	"sort"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// Mark is one mention of a resolved date.
type Mark struct {
	Start, End int
	Value      string // ISO 8601 at its precision
	Text       string
}

// Marks lists every date mention of a document by position. When the
// dates stage found none, the years written in the text stand in.
func Marks(d *doc.Document) []Mark {
	var out []Mark
	if len(d.Dates) == 0 {
		for _, loc := range YearRe.FindAllStringIndex(d.Text, -1) {
			y := d.Text[loc[0]:loc[1]]
			out = append(out, Mark{loc[0], loc[1], y, y})
		}
		return out
	}
	for _, dr := range d.Dates {
		for _, sp := range dr.Spans {
			if sp.Start >= 0 && sp.End <= len(d.Text) && sp.Start < sp.End && dr.Value != "" {
				out = append(out, Mark{sp.Start, sp.End, dr.Value, d.Text[sp.Start:sp.End]})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// Within returns the date mentions inside [start, end).
func Within(ds []Mark, start, end int) []Mark {
	k := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= start })
	m := k
	for m < len(ds) && ds[m].End <= end {
		m++
	}
	return ds[k:m]
}

// DoneBy reports whether date m opens with "by" or "before" on an act the
// text tells as done by then ("had repaid the loan by March", "signed it
// by Friday"): the date dates the act rather than setting it a deadline.
func DoneBy(d *doc.Document, m Mark) bool {
	for _, dm := range In(d, briefing.Span{Start: m.Start, End: m.End}) {
		if dm.Span.Start == m.Start && dm.Span.End == m.End {
			return dm.Done
		}
	}
	return false
}

// YearRe finds years in the text when the dates stage gives none.
var YearRe = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
