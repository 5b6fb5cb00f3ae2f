package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// counselled returns who a lawyer's quoted words speak for when word sub
// is a lawyer whose client the sentence names: the client, and the lawyer
// when named ("“We will appeal,” said Okoro's lawyer, Ruth Adeyemi":
// Adeyemi and Okoro); nil when sub is no lawyer or the client is unknown.
func (r *actorResolver) counselled(s *syntax.Sentence, sub int) []int {
	if sub < 0 || !counsel[lower(s.Words[sub].Lemma)] || s.Words[sub].UPOS != "NOUN" {
		return nil
	}
	client, ok := r.client(s)
	if !ok {
		return nil
	}
	for _, ap := range s.ChildrenWith(sub, "appos") {
		for _, p := range r.in(s.Bytes(phrase(s, ap))) {
			if p != client && personKind(r.d.Parties[p].Kind) {
				return []int{p, client}
			}
		}
	}
	return []int{client}
}

// counselAfter returns the lawyer named after verb of saying k before any
// other verb ("…," said Okoro's lawyer, when the parser lost the
// subject), or -1.
func counselAfter(s *syntax.Sentence, k int) int {
	for j := k + 1; j < len(s.Words); j++ {
		w := s.Words[j]
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return -1
		}
		if w.UPOS == "NOUN" && counsel[lower(w.Lemma)] {
			return j
		}
	}
	return -1
}

// ledBody returns the body named before byte a that person p leads or
// speaks for by the office their role names ("council leader", "union
// general secretary", "police chief"): the organisation of that kind
// named last. A former office holder speaks for no body.
func (r *actorResolver) ledBody(p, a int) (int, bool) {
	role := strings.Fields(strings.ToLower(r.d.Parties[p].Role))
	for _, w := range role {
		if w == "former" || strings.HasPrefix(w, "ex-") {
			return 0, false
		}
	}
	for _, w := range role {
		if namedBodies[w] == nil {
			continue
		}
		if b := r.body(w, a); len(b) > 0 && b[0] != p {
			return b[0], true
		}
	}
	return 0, false
}
