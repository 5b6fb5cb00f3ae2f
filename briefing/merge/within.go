package merge

import (
	"slices"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// commitmentValues records the disagreements inside one commitment's
// reports: where the sentences of each give one figure, or one date, and
// they differ
// ("send 2,000 peacekeepers" and "deploy 2,500 peacekeepers"; "signed on
// 12 June" and "signed on 14 June"), unless a disagreement about those
// values is recorded already. Dates differ when neither is the other at a
// coarser precision; the commitment's date is then the part they agree on.
func commitmentValues(out *briefing.Brief, parts []*briefing.Brief, dis *disagreements) {
	for i := range out.Commitments {
		c := &out.Commitments[i]
		about := strings.TrimSpace(c.Verb + " " + c.Action)
		sents := sentencesOf(out, c.Spans)
		var figures, dates []claim
		for _, p := range parts {
			if f, ok := oneWithin(p.Figures, sents, func(f briefing.Figure) ([]briefing.Span, string, string) {
				return f.Spans, strconv.FormatFloat(f.Value, 'f', -1, 64), f.Text
			}); ok {
				figures = append(figures, f)
			}
			if d, ok := oneWithin(p.Dates, sents, func(d briefing.DateRef) ([]briefing.Span, string, string) {
				return d.Spans, d.Value, d.Text
			}); ok {
				dates = append(dates, d)
			}
		}
		flagDiffering(dis, briefing.DisagreeFigure, about, figures, func(a, b string) bool { return a == b })
		if flagDiffering(dis, briefing.DisagreeDate, about, dates, func(a, b string) bool {
			return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
		}) {
			if a := agreed(dates); strings.HasPrefix(c.When, a) {
				c.When = a
			}
		}
	}
}

// agreed returns the date that all the claims' dates fall in: "2024-06"
// for 2024-06-12 and 2024-06-14, "2024" for 2024-05-30 and 2024-06-02, ""
// when they are of different years.
func agreed(dates []claim) string {
	common := dates[0].value
	for _, d := range dates[1:] {
		for !strings.HasPrefix(d.value, common) {
			k := strings.LastIndexByte(common, '-')
			if k < 0 {
				return ""
			}
			common = common[:k]
		}
	}
	return common
}

// flagDiffering records a disagreement about a thing when two of the claims are not
// alike and no disagreement about their values is recorded yet. It
// reports whether the claims disagree.
func flagDiffering(dis *disagreements, kind, about string, claims []claim, alike func(a, b string) bool) bool {
	var values []string
	differ := false
	for _, c := range claims {
		for _, v := range values {
			differ = differ || !alike(v, c.value)
		}
		if !slices.Contains(values, c.value) {
			values = append(values, c.value)
		}
	}
	if differ && !dis.covers(kind, values) {
		dis.add(kind, about, claims...)
	}
	return differ
}

// oneWithin returns, as a claim, the one item of a brief that lies inside
// the spans (the same value given twice is one), or false when there is
// none or there are several. of gives an item's spans, value and wording.
func oneWithin[T any](items []T, spans []briefing.Span, of func(T) ([]briefing.Span, string, string)) (claim, bool) {
	var one claim
	n := 0
	for _, it := range items {
		its, v, text := of(it)
		inside := slices.ContainsFunc(its, func(x briefing.Span) bool {
			return slices.ContainsFunc(spans, func(sp briefing.Span) bool { return sp.Source == x.Source && sp.Contains(x) })
		})
		switch {
		case !inside:
		case n == 0:
			one, n = claim{text: text, value: v, spans: its}, 1
		case v != one.value:
			return claim{}, false
		}
	}
	return one, n == 1
}

// sentencesOf returns the source sentences the spans overlap.
func sentencesOf(b *briefing.Brief, spans []briefing.Span) []briefing.Span {
	var out []briefing.Span
	for _, sp := range spans {
		src := b.SourceOf(sp)
		if src == nil {
			continue
		}
		for _, n := range src.SentenceNumbers([]briefing.Span{sp}) {
			if s := src.Sentences[n-1]; !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}
