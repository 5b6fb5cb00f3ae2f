package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// underDeal reports whether verb v of an agentless passive is told as a
// term of an agreement ("Under the deal, the freed journalists will not be
// allowed to return"; "Under the agreement, the pay rise will be
// backdated"): what the deal provides, its sides provide.
func underDeal(s *syntax.Sentence, v int) bool {
	for _, k := range s.ChildrenWith(v, "obl") {
		if commitNouns[lower(s.Words[k].Lemma)] == briefing.StatusAgreed && hasChildLemma(s, k, WordSet("under"), "case") {
			return true
		}
	}
	return false
}

// lastJoint returns the bodies of the last commitment made by two or
// more bodies together, the sides of the deal a later term belongs to,
// or nil. A person who spoke for a body is no side of its own.
func (r *actorResolver) lastJoint() []int {
	for k := len(r.acted) - 1; k >= 0; k-- {
		var sides []int
		for _, p := range r.acted[k] {
			if !personKind(r.d.Parties[p].Kind) {
				sides = append(sides, p)
			}
		}
		if len(sides) > 1 {
			return sides
		}
	}
	return nil
}
