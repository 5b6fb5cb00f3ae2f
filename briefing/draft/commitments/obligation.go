package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// obligationClause builds the clause of an obligation a party takes on
// under an agreement, a settlement or an order: "Under the deal, the firm
// must sell its stake", "it may not use the data unless …", "The company
// will also have to submit to audits" in the sentence after, "the
// settlement requires Pixa to delete the data". The terms are agreed;
// with an "unless" they hold on a condition. An obligation that no
// agreement lays down ("the minister must decide within two months") is a
// duty under the law, no commitment; a passive one ("must still be
// approved by a judge") is a condition on the deal.
func obligationClause(s *syntax.Sentence, i int, named func(a, b int) bool) (clause, bool) {
	w := s.Words[i]
	if w.UPOS != "VERB" || passiveVerb(s, i) || !action(s, i) || hypothetical(s, i) {
		return clause{}, false
	}
	carrier, bound := obligedBy(s, i)
	if carrier < 0 {
		return clause{}, false
	}
	if !bound && !underTerms(s, carrier) && !underTerms(s, i) && !sidesRequired(s, carrier) {
		return clause{}, false
	}
	c := clause{s: s, pred: i, verb: i, action: i, cond: -1, status: briefing.StatusAgreed}
	switch {
	case bound:
		c.actors = withConjuncts(s, []int{firstChild(s, carrier, "obj")})
	case passiveVerb(s, carrier):
		if k := firstChild(s, carrier, "nsubj:pass"); k >= 0 {
			c.actors = withConjuncts(s, []int{k}) // "Dalmark is required to cut"
		}
	default:
		c.actors, c.passive, c.inherited, _ = clauseActors(s, carrier, named)
	}
	if len(c.actors) == 0 || !agentive(s, c.actors, named) || nobody(s, c.actors) {
		return clause{}, false
	}
	if c.cond = conditionOf(s, i); c.cond >= 0 {
		c.status = briefing.StatusConditional
	}
	if carrier != i {
		c.verb = carrier
	}
	c.first, c.last = clauseBounds(s, &c)
	c.action = i
	return c, true
}

// sidesRequired reports whether passive verb h obliges the sides of an
// agreement ("Each side is required to notify the other", "Both parties
// are obliged to publish the data"): a term of their agreement.
func sidesRequired(s *syntax.Sentence, h int) bool {
	if !obligingVerbs[s.Words[h].Lemma] || !passiveVerb(s, h) {
		return false
	}
	k := firstChild(s, h, "nsubj:pass")
	return k >= 0 && sideNouns[s.Words[k].Lemma] && hasChildLemma(s, k, WordSet("each both either all"), "det", "det:predet", "amod")
}

// obligedBy returns the word that carries the obligation of verb i: i
// itself after "must" or "may not", the "have" of "will have to", the
// passive "required" or "obliged" of "is required to"; or the verb whose
// subject is an agreement that binds its object ("the deal requires the
// firm to sell"), with bound true. It returns -1 when verb i is bound by
// nothing.
func obligedBy(s *syntax.Sentence, i int) (carrier int, bound bool) {
	for _, k := range s.ChildrenWith(i, "aux") {
		switch lower(s.Words[k].Form) {
		case "must":
			return i, false
		case "may":
			if negated(s, i) {
				return i, false // "may not use": a prohibition
			}
		}
	}
	h := s.Words[i].Head
	if h < 0 || !text.RelIs(s.Words[i].Rel, "xcomp") || !toMarked(s, i) {
		return -1, false
	}
	switch l := s.Words[h].Lemma; {
	case l == "have" && s.Words[h].UPOS == "VERB" && firstChild(s, h, "obj") < 0:
		return h, false
	case obligingVerbs[l] && passiveVerb(s, h):
		return h, false
	case obligingVerbs[l] && firstChild(s, h, "obj") >= 0:
		if k := firstChild(s, h, "nsubj"); k >= 0 && commitNouns[lemmaOf(s.Words[k])] == briefing.StatusAgreed {
			return h, true
		}
	}
	return -1, false
}

// obligingVerbs lay a duty on someone: "is required to", "the order
// obliges it to".
var obligingVerbs = WordSet("require oblige obligate compel")
