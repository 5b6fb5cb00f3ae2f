package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// keptMeasures name measures a body imposes and may keep in force.
var keptMeasures = WordSet("suspension sanction sanctions ban curfew embargo restriction restrictions closure freeze " +
	"lockdown measure measures tariff tariffs control controls cap moratorium blockade")

// keptStates are the states of a site or a measure that its operator
// keeps it in ("will stay closed", "would remain suspended").
var keptStates = WordSet("closed shut open suspended frozen banned")

// keptInForce reports whether verb i, after will or would (in a report)
// or "be to", tells that a measure a body imposes or a site it runs stays
// as it is ("the suspension would remain in force until constitutional
// order was restored", "schools would stay closed until Friday", "the
// curfew will stay in place"): the announced decision of whoever imposes
// the measure or runs the site, who says so. A named or counted subject
// ("Ford's plant", "some schools") is no such measure.
func keptInForce(s *syntax.Sentence, i int, modal string) bool {
	w := s.Words[i]
	if w.Lemma != "stay" && w.Lemma != "remain" || passiveVerb(s, i) || aspectAux(s, i) || !keptState(s, i) {
		return false
	}
	subj := firstChild(s, i, "nsubj")
	if subj < 0 || s.Words[subj].UPOS != "NOUN" || !keptMeasures[s.Words[subj].Lemma] && !operatedNouns[s.Words[subj].Lemma] ||
		hasChildLemma(s, subj, quantifiers, "det") || namedOwner(s, subj) {
		return false
	}
	return willModals[modal] || modal == "would" && attributionVerb(s, i) >= 0 || modal == "" && beTo(s, i)
}

// keptState reports whether verb i, "stay" or "remain", has for its
// complement a state a body keeps a measure or a site in: "in force",
// "in place", "in effect", or a word of keptStates.
func keptState(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "xcomp", "advmod") {
		if keptStates[lower(s.Words[k].Form)] {
			return true
		}
	}
	for _, k := range s.ChildrenWith(i, "obl") {
		if l := s.Words[k].Lemma; (l == "force" || l == "place" || l == "effect") && hasChildLemma(s, k, WordSet("in"), "case") {
			return true
		}
	}
	return false
}
