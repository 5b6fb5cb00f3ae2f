package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// underTerms reports whether clause verb i, or a clause it is coordinated
// with, is placed "under" an agreement ("Under the agreement, rebel
// fighters will withdraw … and government forces will pull back"): a
// term the sides agreed to, not a fresh intention.
func underTerms(s *syntax.Sentence, i int) bool {
	for k, steps := i, 0; k >= 0 && steps < maxTermSteps; k, steps = s.Words[k].Head, steps+1 {
		for _, o := range s.ChildrenWith(k, "obl") {
			if hasChildLemma(s, o, WordSet("under"), "case") && commitNouns[lemmaOf(s.Words[o])] == briefing.StatusAgreed &&
				hasChildLemma(s, o, WordSet("the this that its their a an"), "det", "nmod:poss") {
				return true
			}
		}
		if w := s.Words[k]; w.Head < 0 || w.Rel != "conj" {
			return false
		}
	}
	return false
}

// maxTermSteps bounds the conjuncts climbed to the clause that carries
// "under the agreement".
const maxTermSteps = 4
