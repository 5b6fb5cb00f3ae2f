package commitments

import (
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
