package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// counselled returns who a lawyer's quoted words speak for when word sub
// is a lawyer whose client the sentence names: the client, and the lawyer
// when named ("“We will appeal,” said Okoro's lawyer, Ruth Adeyemi":
// Adeyemi and Okoro); nil when sub is no lawyer or the client is unknown.
func (r *actorResolver) counselled(s *syntax.Sentence, si, sub int) []int {
	if sub < 0 || !counsel[lower(s.Words[sub].Lemma)] || s.Words[sub].UPOS != "NOUN" {
		return nil
	}
	client, ok := r.client(s)
	if !ok {
		client, ok = r.ownerPerson(s, si, sub)
	}
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

// ownerPerson returns the person "his" or "her" before word sub stands
// for ("said his solicitor": the man the story is about).
func (r *actorResolver) ownerPerson(s *syntax.Sentence, si, sub int) (int, bool) {
	for _, k := range s.ChildrenWith(sub, "nmod:poss") {
		if w := lower(s.Words[k].Form); w == "his" || w == "her" {
			pronoun := map[string]string{"his": "he", "her": "she"}[w]
			if ps := r.salientPerson(si, s.Words[k].Start, pronoun); len(ps) > 0 {
				return ps[0], true
			}
		}
	}
	return 0, false
}
