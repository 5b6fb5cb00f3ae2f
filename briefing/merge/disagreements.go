package merge

import (
	"slices"

	"github.com/briefdesk/briefdesk/briefing"
)

// claim is one value given for a thing, with the spans that give it.
type claim struct {
	text, value string
	spans       []briefing.Span
}

// disagreements collects the disagreements found while merging, in the
// order found.
type disagreements struct {
	list []briefing.Disagreement
}

// find returns the disagreement of that kind about that thing, or nil.
func (d *disagreements) find(kind, about string) *briefing.Disagreement {
	for i := range d.list {
		if x := &d.list[i]; x.Kind == kind && x.About == about {
			return x
		}
	}
	return nil
}

// add records that the claims disagree about a thing: with a disagreement
// about it already recorded, each claim joins it (see support).
func (d *disagreements) add(kind, about string, claims ...claim) {
	if d.find(kind, about) == nil {
		d.list = append(d.list, briefing.Disagreement{Kind: kind, About: about})
	}
	for _, c := range claims {
		d.support(kind, about, c)
	}
}

// support adds a claim to the disagreement of that kind about that thing,
// if there is one: to the claim of the same value (its spans), else as a
// claim of its own.
func (d *disagreements) support(kind, about string, c claim) {
	x := d.find(kind, about)
	if x == nil {
		return
	}
	for i := range x.Claims {
		if x.Claims[i].Value == c.value {
			for _, sp := range c.spans {
				if !slices.Contains(x.Claims[i].Spans, sp) {
					x.Claims[i].Spans = append(x.Claims[i].Spans, sp)
				}
			}
			return
		}
	}
	x.Claims = append(x.Claims, briefing.Claim{Text: c.text, Value: c.value, Spans: append([]briefing.Span(nil), c.spans...)})
}

// keep adds disagreements the briefs being merged already hold.
func (d *disagreements) keep(list []briefing.Disagreement) {
	for _, x := range list {
		for _, c := range x.Claims {
			d.add(x.Kind, x.About, claim{c.Text, c.Value, c.Spans})
		}
	}
}

// covers reports whether a disagreement of that kind has claims of exactly
// these values.
func (d *disagreements) covers(kind string, values []string) bool {
	for _, x := range d.list {
		if x.Kind != kind || len(x.Claims) != len(values) {
			continue
		}
		all := true
		for _, c := range x.Claims {
			all = all && slices.Contains(values, c.Value)
		}
		if all {
			return true
		}
	}
	return false
}
