package merge

import (
	"slices"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// mergeDates sets out.Dates to the dates of all briefs, one entry per
// value (worded as first found) with the spans of every brief that gives it.
func mergeDates(out *briefing.Brief, parts []*briefing.Brief) {
	for _, p := range parts {
		for _, d := range p.Dates {
			i := slices.IndexFunc(out.Dates, func(x briefing.DateRef) bool {
				return x.Value == d.Value
			})
			if i < 0 {
				out.Dates = append(out.Dates, d)
				continue
			}
			out.Dates[i].Spans = append(out.Dates[i].Spans, d.Spans...)
		}
	}
}

// mergeFigures sets out.Figures to the figures of all briefs, one entry
// per value and unit with the spans of every brief that gives it, and
// records a disagreement where the briefs give different values for the
// same thing (see unitFigures).
func mergeFigures(out *briefing.Brief, parts []*briefing.Brief, dis *disagreements) {
	for _, p := range parts {
		for _, f := range p.Figures {
			i := slices.IndexFunc(out.Figures, func(x briefing.Figure) bool {
				return x.Value == f.Value && plain(x.Unit) == plain(f.Unit)
			})
			if i < 0 {
				out.Figures = append(out.Figures, f)
				continue
			}
			out.Figures[i].Spans = append(out.Figures[i].Spans, f.Spans...)
		}
	}
	commitmentValues(out, parts, dis)
	for _, u := range figureUnits(parts) {
		var claims []claim
		values := map[string]bool{}
		for _, p := range parts {
			if f, ok := unitFigure(p, u); ok {
				v := strconv.FormatFloat(f.Value, 'f', -1, 64)
				values[v] = true
				claims = append(claims, claim{f.Text, v, f.Spans})
			}
		}
		if len(values) > 1 && !dis.covers(briefing.DisagreeFigure, keys(values)) {
			dis.add(briefing.DisagreeFigure, u, claims...)
		}
	}
}

// figureUnits returns the units of the briefs' figures, in order, each
// once, leaving out shares (percentages and points), which too often
// measure different things.
func figureUnits(parts []*briefing.Brief) []string {
	var units []string
	seen := map[string]bool{}
	for _, p := range parts {
		for _, f := range p.Figures {
			k := plain(f.Unit)
			if k == "" || seen[k] || shareUnit(k) {
				continue
			}
			seen[k] = true
			units = append(units, f.Unit)
		}
	}
	return units
}

func shareUnit(k string) bool {
	return strings.Contains(k, "percent") || strings.Contains(k, "per cent") || k == "points" || strings.HasSuffix(k, " points")
}

// unitFigure returns the one figure of brief p with unit u ("soldiers",
// "people killed"). A brief that gives two or more such figures gives
// none: which of them another brief's figure is about is not known. The
// same value given twice is one figure.
func unitFigure(p *briefing.Brief, u string) (briefing.Figure, bool) {
	var one briefing.Figure
	n := 0
	for _, f := range p.Figures {
		switch {
		case plain(f.Unit) != plain(u):
		case n == 0:
			one, n = f, 1
		case f.Value == one.Value:
			one.Spans = append(slices.Clip(one.Spans), f.Spans...)
		default:
			return briefing.Figure{}, false
		}
	}
	return one, n == 1
}

// keys returns the keys of a set, in no particular order.
func keys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	return out
}
