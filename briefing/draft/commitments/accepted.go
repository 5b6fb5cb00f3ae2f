package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// acceptedClause builds the agreement told by accepting what another
// asked or found, the noun at i: "Valik accepted an invitation to pay a
// state visit", "the council accepted the coroner's findings", "a
// condition the leaders accepted". The accepting verb's subject agreed.
func acceptedClause(s *syntax.Sentence, i int, named func(a, b int) bool) (clause, bool) {
	w := s.Words[i]
	if !askedNouns[w.Lemma] || w.UPOS != "NOUN" {
		return clause{}, false
	}
	h := acceptingVerb(s, i)
	if h < 0 || !actual(s, h) {
		return clause{}, false
	}
	if subj := firstChild(s, h, "nsubj"); s.Words[h].Head == i && (subj < 0 || !named(s.Bytes(phrase(s, subj)))) {
		return clause{}, false // "a condition the leaders accepted": the acceptor of an aside must be named
	}
	c, ok := supportedNoun(s, clause{s: s, pred: i, verb: i, action: i, cond: -1, status: briefing.StatusAgreed}, h, named)
	if f, _ := phrase(s, i); ok && s.Words[h].Head == i {
		c.first, c.action = min(c.first, f), f // "a condition the leaders accepted"
	}
	return c, ok
}

// askedNouns name what one party asks of or sets for another; accepting
// one is agreeing to it.
var askedNouns = WordSet("invitation request demand term condition recommendation finding compromise ultimatum")

// acceptingVerbs agree to what they govern.
var acceptingVerbs = WordSet("accept approve adopt endorse")

// acceptingVerb returns the verb that accepts noun i: the verb whose
// object it is, or a relative clause on it with no object of its own ("a
// condition the leaders accepted"); -1 when there is none.
func acceptingVerb(s *syntax.Sentence, i int) int {
	if h := s.Words[i].Head; h >= 0 && text.RelIs(s.Words[i].Rel, "obj") && acceptingVerbs[s.Words[h].Lemma] {
		return h
	}
	for _, k := range s.ChildrenWith(i, "acl:relcl") {
		if acceptingVerbs[s.Words[k].Lemma] && firstChild(s, k, "obj") < 0 && firstChild(s, k, "nsubj") >= 0 {
			return k
		}
	}
	return -1
}
