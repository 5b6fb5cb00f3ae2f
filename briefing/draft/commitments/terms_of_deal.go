package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
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

// dealOver reports whether noun n is the deal that verb v acts under
// ("Under the deal, announced late on Friday, the two governments
// agreed"): what dates the deal dates the act.
func dealOver(s *syntax.Sentence, n, v int) bool {
	return n >= 0 && v >= 0 && s.Words[n].Head == v && commitNouns[lower(s.Words[n].Lemma)] == briefing.StatusAgreed &&
		hasChildLemma(s, n, WordSet("under"), "case")
}

// actsOnDeal reports whether clause c names a deal ("the party will put
// the deal to a vote of its members"): one side's act on the deal itself,
// not one of its terms.
func actsOnDeal(s *syntax.Sentence, c clause) bool {
	for k := c.first; k <= c.last && k < len(s.Words); k++ {
		if w := s.Words[k]; w.UPOS == "NOUN" && commitNouns[lower(w.Lemma)] != "" {
			return true
		}
	}
	return false
}

// onDealOver reports whether word k lies in a clause on the deal that
// verb v acts under ("Under the deal, announced late on Friday, …"; see
// dealOver).
func onDealOver(s *syntax.Sentence, k, v int) bool {
	for steps := 0; k >= 0 && k != v && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if text.RelIs(s.Words[k].Rel, "acl") && dealOver(s, s.Words[k].Head, v) {
			return true
		}
	}
	return false
}
