package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// boundOwner resolves an owner pronoun h ("its", "their", "his", "her")
// to the subject of the clause its noun stands in, when that subject is
// a noun phrase of its own: "after the operator improved its pay offer"
// is the operator's offer, not that of the body the sentence began with.
// bound is true also when "its" has a singular subject that names no
// party ("after the city council improved its pay offer" with no council
// among the parties): the owner is then no party, and not the one the
// sentence began with.
func (r *actorResolver) boundOwner(s *syntax.Sentence, si, h int) (ps []int, bound bool) {
	w := s.Words[h]
	fits := ownerFits[lower(w.Form)]
	if fits == nil || w.Head < 0 || !text.RelIs(w.Rel, "nmod:poss") {
		return nil, false
	}
	k := w.Head
	for steps := 0; steps < maxBindingSteps && k >= 0; steps++ {
		head := s.Words[k].Head
		if head < 0 || !text.RelIs(s.Words[k].Rel, "obj", "iobj", "obl", "nmod", "compound") {
			return nil, false
		}
		if u := s.Words[head].UPOS; u == "VERB" {
			return r.boundSubject(s, si, head, h, fits)
		}
		k = head
	}
	return nil, false
}

// boundSubject returns the parties that the subject of verb v names when
// it is a noun phrase before the verb that does not hold owner h, and
// they fit the owner pronoun; bound is true when they do, and when "its"
// has a singular common noun for that subject even if it names no party
// ("the city council improved its offer"; not "Critics attacked his
// pledge", whose owner is no critic).
func (r *actorResolver) boundSubject(s *syntax.Sentence, si, v, h int, fits func(string) bool) (ps []int, bound bool) {
	subj := firstChild(s, v, "nsubj")
	if subj < 0 && text.RelIs(s.Words[v].Rel, "conj") {
		subj = misreadSubject(s, v) // "after the operator | improved its offer": a clause read as a phrase
	}
	if subj < 0 || subj > v || s.Dominates(subj, h) {
		return nil, false
	}
	if u := s.Words[subj].UPOS; u != "NOUN" && u != "PROPN" {
		return nil, false // a pronoun subject is resolved as it stands
	}
	ps, _ = r.resolve(s, si, subj)
	for _, p := range ps {
		if !fits(r.d.Parties[p].Kind) {
			return nil, false
		}
	}
	return ps, len(ps) > 0 || lower(s.Words[h].Form) == "its" && s.Words[subj].XPOS == "NN"
}

// maxBindingSteps bounds the phrases climbed from an owned noun to its
// verb ("improved its pay offer", "cut the price of its shares").
const maxBindingSteps = 3

// ownerFits are the kinds of party each owner pronoun can stand for.
var ownerFits = map[string]func(string) bool{
	"its": nonPersonKind, "their": anyPartyKind, "his": personKind, "her": personKind,
}
