package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// datelineReach bounds how far into its sentence a word of a dateline
// may start.
const datelineReach = 48

// inDateline reports whether word k of sentence s lies in a dateline
// that opens the sentence ("KARVEN, 3 June –"): the place the story was
// filed from, never an actor.
func (r *actorResolver) inDateline(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if w.Start-s.Start > datelineReach || s.End > len(r.d.Text) {
		return false
	}
	return w.End <= s.Start+text.LeadDateline(r.d.Text[s.Start:s.End])
}

// afterDateline resolves a subject the parser found in the dateline
// ("KARVEN, 3 June – The government of Varnia agreed": "KARVEN" the
// subject, the rest in apposition to it) to the phrases set beside it
// after the dateline, and reports whether word h was in the dateline at
// all.
func (r *actorResolver) afterDateline(s *syntax.Sentence, si, h int) ([]int, bool) {
	if !r.inDateline(s, h) {
		return nil, false
	}
	var out []int
	for _, k := range withConjuncts(s, besideDateline(s, h, func(k int) bool { return r.inDateline(s, k) })) {
		ps, _ := r.resolve(s, si, k)
		for _, p := range ps {
			out = appendPartyIdx(out, p)
		}
	}
	return out, true
}

// besideDateline returns the phrases set in apposition to word h or to a
// word of the dateline below it ("GENEVA, 2 March (Wire) - The government
// of Kavran": "government" in apposition to "March"), or joined to one as
// its conjunct or modifier ("KESSEL, 18 November (Wire) - Velmora and
// Astrany signed": "Velmora" a conjunct of "KESSEL"), that lie after the
// dateline.
func besideDateline(s *syntax.Sentence, h int, in func(k int) bool) []int {
	var out []int
	for k, w := range s.Words {
		if in(k) || w.Head < 0 || !in(w.Head) || !text.RelIs(w.Rel, "appos", "conj", "nmod") || !s.Dominates(h, k) {
			continue
		}
		out = append(out, k)
	}
	return out
}
