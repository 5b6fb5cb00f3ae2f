package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// tiedState returns the state that the text, before byte a, last tied a
// body named by noun to — "the government of the Democratic Republic of
// Congo", "Congo's government", "the Congo government", "the Congolese
// government" — so that a later bare "the government" is that state's,
// not that of a mediator or host the story names more often.
func (r *actorResolver) tiedState(noun string, a int) (int, bool) {
	last := r.sentenceIndex(a)
	for si := min(last, len(r.d.Sentences)-1); si >= 0; si-- {
		s := r.sentence(si)
		if s == nil {
			continue
		}
		for k := len(s.Words) - 1; k >= 0; k-- {
			w := s.Words[k]
			if w.Start >= a || w.UPOS != "NOUN" || lower(w.Lemma) != noun {
				continue
			}
			if p, ok := r.stateOfBody(s, k); ok {
				return p, true
			}
		}
	}
	return 0, false
}

// stateOfBody returns the state that a modifier of noun k names as the
// body's owner: a possessor, a name or adjective before it, or an "of"
// phrase after it.
func (r *actorResolver) stateOfBody(s *syntax.Sentence, k int) (int, bool) {
	for _, c := range s.Children(k) {
		rel := s.Words[c].Rel
		switch {
		case c < k && (rel == "nmod:poss" || rel == "compound" || rel == "amod"):
		case c > k && rel == "nmod" && hasChildLemma(s, c, WordSet("of"), "case"):
		default:
			continue
		}
		f, l := phrase(s, c)
		a, b := s.Bytes(f, l)
		for _, p := range append(r.in(a, b), r.statesNamedBy(a, b)...) {
			if countryKind(r.d.Parties[p].Kind) {
				return p, true
			}
		}
	}
	return 0, false
}
