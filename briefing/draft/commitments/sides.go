package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// armedPeople head a description of the people who fight for a side:
// "rebel fighters", "government forces", "the rebels".
var armedPeople = WordSet("fighters forces troops soldiers militiamen units rebels insurgents militants guerrillas gunmen")

// rebelWords say that the armed people described fight against a state.
var rebelWords = WordSet("rebel rebels insurgent insurgents militant militants guerrilla guerrillas opposition separatist separatists")

// stateWords say that the armed people described are a state's own.
var stateWords = WordSet("government state army military federal national regime pro-government")

// side is which side of a conflict a description names.
type side int

const (
	noSide side = iota
	rebelSide
	stateSide
)

// armedSide returns the side that a description of armed people names
// ("rebel fighters" the rebels, "government forces" the state, "the
// rebels" the rebels), or noSide.
func armedSide(words []string) side {
	n := len(words)
	if n == 0 || !armedPeople[words[n-1]] {
		return noSide
	}
	for _, w := range words[:n-1] {
		switch {
		case rebelWords[w]:
			return rebelSide
		case stateWords[w]:
			return stateSide
		}
	}
	if rebelWords[words[n-1]] && (n == 1 || n == 2 && definite[words[0]]) {
		return rebelSide
	}
	return noSide
}

// sideParty resolves a description of armed people that names no party of
// its own ("rebel fighters will withdraw", "government forces will pull
// back") to the side it fights for, named before byte a of sentence si:
// for the rebels, the organisation the text calls rebel ("the rebel Free
// Hills Movement", "the Black Ridge Front rebels"), else the organisation
// among the two sides that made the last joint commitment; for the state,
// the state among those two sides, else the state the organ stands for.
func (r *actorResolver) sideParty(s *syntax.Sentence, si, a int, words []string) []int {
	switch armedSide(words) {
	case rebelSide:
		if ps := r.lastOrganisation(a, func(p int, _ string) bool {
			return r.calledA(p, "rebel") || r.calledA(p, "rebels")
		}); len(ps) > 0 {
			return ps
		}
		if p, ok := r.pairSide(orgKind); ok {
			return []int{p}
		}
	case stateSide:
		if p, ok := r.pairSide(countryKind); ok {
			return []int{p}
		}
		return r.organState(s, si, a)
	}
	return nil
}

// pairSide returns the party of an accepted kind in the last joint
// commitment of a state and an organisation ("Sarvan's government and the
// rebel Free Hills Movement had agreed to a ceasefire"): the two sides of
// a conflict.
func (r *actorResolver) pairSide(ok func(string) bool) (int, bool) {
	for n := len(r.pairs) - 1; n >= 0; n-- {
		pair := r.pairs[n]
		k0, k1 := r.d.Parties[pair[0]].Kind, r.d.Parties[pair[1]].Kind
		if countryKind(k0) == countryKind(k1) || !orgKind(k0) && !orgKind(k1) {
			continue // two states, or two bodies: neither is the other's enemy by kind
		}
		for _, p := range pair {
			if ok(r.d.Parties[p].Kind) {
				return p, true
			}
		}
	}
	return 0, false
}

// calledGovernment returns the party the text calls a government beside
// its name ("the Tamarind government"), named last before byte a: the
// state that "the government" or "the army" stands for when no party was
// drafted as a state.
func (r *actorResolver) calledGovernment(a int) []int {
	return r.lastOrganisation(a, func(p int, _ string) bool { return r.calledA(p, "government") })
}

// groupNamed reports whether every party named in [a, b) is a group the
// parties stage drafted from a description ("rebel fighters"), so that the
// description may still stand for a named side.
func (r *actorResolver) groupNamed(a, b int) bool {
	for _, m := range r.picked(a, b) {
		if r.d.Parties[m.party].Kind != briefing.KindGroup {
			return false
		}
	}
	return true
}
