package parties

import (
	"slices"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// Sides returns the parties a brief lists: every party found, less the
// places that take no side. A place is a party of the brief only when it
// acts as one (see placeActs) or a commitment names it as an actor or a
// counterparty ("Geneva offered to host the talks"); a town that is only
// acted on or the scene of events ("the storm hit Harlby", "the crossings
// at Aflao") stays in the source and its key dates, not among the sides.
func Sides(d *doc.Document, cs []briefing.Commitment) []briefing.Party {
	dd := &document{Document: d}
	out := make([]briefing.Party, 0, len(d.Parties))
	for _, p := range d.Parties {
		if p.Kind == briefing.KindPlace && !committed(p, cs) && !takesPart(dd, p, placeActs) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// committed reports whether a commitment names party p as an actor or a
// counterparty.
func committed(p briefing.Party, cs []briefing.Commitment) bool {
	for _, c := range cs {
		if slices.Contains(c.Actors, p.Name) || slices.Contains(c.Counterparties, p.Name) {
			return true
		}
	}
	return false
}
