package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// underTerms reports whether clause verb i, or a clause it is coordinated
// with, is placed "under" an agreement ("Under the agreement, rebel
// fighters will withdraw … and government forces will pull back"): a
// term the sides agreed to, not a fresh intention.
func underTerms(s *syntax.Sentence, i int) bool {
	return underWhat(s, i) == briefing.StatusAgreed
}

// underWhat returns the status of the commitment noun that clause verb i,
// or a clause it is coordinated with, is placed "under" ("under the
// agreement": agreed; "under the plan": intends), or "".
func underWhat(s *syntax.Sentence, i int) string {
	for k, steps := i, 0; k >= 0 && steps < maxTermSteps; k, steps = s.Words[k].Head, steps+1 {
		for _, o := range s.ChildrenWith(k, "obl") {
			st := commitNouns[lemmaOf(s.Words[o])]
			if hasChildLemma(s, o, WordSet("under"), "case") && (st == briefing.StatusAgreed || st == briefing.StatusIntends) &&
				hasChildLemma(s, o, WordSet("the this that its their a an"), "det", "nmod:poss") {
				return st
			}
		}
		if w := s.Words[k]; w.Head < 0 || w.Rel != "conj" {
			return ""
		}
	}
	return ""
}

// laidDown returns the status of what will happen under an agreement or a
// plan to a thing or a place that cannot act ("Under the agreement, the two
// crossings will reopen on 1 November", "Under the plan, the ward will
// close at night", "Under the deal, tariffs will be cut"): a term agreed,
// or a measure intended, by the parties of the agreement or the plan; ""
// for none. What an actor will do under it is its own clause.
func laidDown(s *syntax.Sentence, i int, modal string, named func(a, b int) bool) string {
	w := s.Words[i]
	if !willModals[modal] && !(modal == "would" && text.Reported(s, i)) || nonActions[w.Lemma] || befallVerbs[w.Lemma] ||
		len(agentOf(s, i)) > 0 {
		return ""
	}
	subj := firstChild(s, i, "nsubj", "nsubj:pass")
	if subj < 0 || agentive(s, []int{subj}, named) || s.Words[subj].UPOS == "PRON" {
		return ""
	}
	return underWhat(s, i)
}

// maxTermSteps bounds the conjuncts climbed to the clause that carries
// "under the agreement".
const maxTermSteps = 4
