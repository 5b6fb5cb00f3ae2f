package draft

import (
	"regexp"
	"sort"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// dateMark is one mention of a resolved date.
type dateMark struct {
	start, end int
	value      string // ISO 8601 at its precision
	text       string
}

// dateMarks lists every date mention of a document by position. When the
// dates stage found none, the years written in the text stand in.
func dateMarks(d *doc.Document) []dateMark {
	var out []dateMark
	if len(d.Dates) == 0 {
		for _, loc := range yearRe.FindAllStringIndex(d.Text, -1) {
			y := d.Text[loc[0]:loc[1]]
			out = append(out, dateMark{loc[0], loc[1], y, y})
		}
		return out
	}
	for _, dr := range d.Dates {
		for _, sp := range dr.Spans {
			if sp.Start >= 0 && sp.End <= len(d.Text) && sp.Start < sp.End && dr.Value != "" {
				out = append(out, dateMark{sp.Start, sp.End, dr.Value, d.Text[sp.Start:sp.End]})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// datesWithin returns the date mentions inside [start, end).
func datesWithin(ds []dateMark, start, end int) []dateMark {
	k := sort.Search(len(ds), func(k int) bool { return ds[k].start >= start })
	m := k
	for m < len(ds) && ds[m].end <= end {
		m++
	}
	return ds[k:m]
}

// yearRe finds years in the text when the dates stage gives none.
var yearRe = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
