package merge

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Merging the summary and background: an item whose content words are
// mostly another's (see overlap) repeats its point; the summary takes at
// most newPoints points from the briefs after the first, within
// summaryWords words in all.
const (
	samePoint    = 0.5
	newPoints    = 2
	summaryWords = 150
)

// mergeSummary sets out.Summary to the first brief's summary, each item
// with the spans of the items of the other briefs that repeat its point,
// then the points the others add, in order, while they fit. The briefs
// report the same events: the bottom line of each (its summary's first
// item) is the first's bottom line, however worded.
func mergeSummary(out *briefing.Brief, parts []*briefing.Brief) {
	var words []bag
	used, added := 0, 0
	for k, p := range parts {
		for j, it := range p.Summary {
			w := stems(it.Text)
			i := -1 // the first brief's points are distinct, as drafted
			switch {
			case k > 0 && j == 0 && len(out.Summary) > 0:
				i = 0
			case k > 0:
				i = samePointAs(words, w)
			}
			if i >= 0 {
				out.Summary[i].Spans = append(out.Summary[i].Spans, it.Spans...)
				continue
			}
			n := len(strings.Fields(it.Text))
			if k > 0 && (added == newPoints || used+n > summaryWords) {
				continue
			}
			if k > 0 {
				added++
			}
			used += n
			words = append(words, w)
			out.Summary = append(out.Summary, it)
		}
	}
}

// samePointAs returns the index of the first bag whose point w repeats, or -1.
func samePointAs(bags []bag, w bag) int {
	for i, b := range bags {
		if overlap(b, w) >= samePoint {
			return i
		}
	}
	return -1
}

// mergeBackground sets out.Background to the background items of all
// briefs, each point once with the spans of every brief that gives it,
// ordered by date (undated items last, each group in the briefs' order).
// Two dates for one point that cannot both be right are kept as a
// disagreement, the first brief's on the item.
func mergeBackground(out *briefing.Brief, parts []*briefing.Brief, dis *disagreements) {
	var words []bag
	for _, p := range parts {
		for _, it := range p.Background {
			w := stems(it.Text)
			i := samePointAs(words, w)
			if i < 0 {
				words = append(words, w)
				out.Background = append(out.Background, it)
				continue
			}
			x := &out.Background[i]
			switch {
			case it.When == "" || strings.HasPrefix(x.When, it.When):
			case x.When == "" || strings.HasPrefix(it.When, x.When):
				x.When = it.When
			default:
				dis.add(briefing.DisagreeDate, x.Text, claim{x.When, x.When, x.Spans}, claim{it.When, it.When, it.Spans})
			}
			x.Spans = append(x.Spans, it.Spans...)
		}
	}
	slices.SortStableFunc(out.Background, func(a, b briefing.Item) int {
		switch {
		case a.When == b.When:
			return 0
		case a.When == "":
			return 1
		case b.When == "":
			return -1
		}
		return strings.Compare(a.When, b.When)
	})
}
