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
// agreement", "as part of the deal": agreed; "under the plan": intends;
// "signed an agreement under which Norrvik will move its service":
// agreed), or "".
func underWhat(s *syntax.Sentence, i int) string {
	for k, steps := i, 0; k >= 0 && steps < maxTermSteps; k, steps = s.Words[k].Head, steps+1 {
		for _, o := range s.ChildrenWith(k, "obl") {
			if whole := wholeOf(s, o); whole >= 0 && hasChildLemma(s, o, WordSet("under as"), "case") {
				o = whole // "Under the terms of the agreement", "As part of the deal"
			} else if !hasChildLemma(s, o, WordSet("under"), "case") {
				continue
			}
			st := ""
			if lower(s.Words[o].Form) == "which" {
				st = antecedentStatus(s, o)
			} else if ownTerms(s, o) {
				st = briefing.StatusAgreed // "Under its terms, the company will replace the mains"
			} else if hasChildLemma(s, o, WordSet("the this that its their a an"), "det", "nmod:poss") {
				st = commitNouns[lemmaOf(s.Words[o])]
			}
			if st != "" && hasChildLemma(s, o, agreedParticiples, "acl") {
				st = briefing.StatusAgreed // "Under a compliance plan agreed with the regulator": a plan agreed is an agreement
			}
			if st == briefing.StatusAgreed || st == briefing.StatusIntends {
				return st
			}
		}
		if w := s.Words[k]; w.Head < 0 || w.Rel != "conj" {
			return ""
		}
	}
	return ""
}

// wholeOf returns the noun of the thing that noun o names a part or the
// terms of ("part of the deal", "the terms of the agreement"), or -1.
func wholeOf(s *syntax.Sentence, o int) int {
	if !partNouns[s.Words[o].Lemma] {
		return -1
	}
	for _, n := range s.ChildrenWith(o, "nmod") {
		if hasChildLemma(s, n, WordSet("of"), "case") {
			return n
		}
	}
	return -1
}

// agreedParticiples make what they describe an agreement ("a plan agreed
// with the regulator", "a timetable negotiated by both sides").
var agreedParticiples = WordSet("agree negotiate sign")

// partNouns name a part or the terms of a thing.
var partNouns = WordSet("part term condition provision")

// antecedentStatus returns the status of the commitment noun that
// relative "which" at w stands for: the nearest noun before its
// preposition with no verb between ("a ten-year agreement on Monday under
// which"), or "".
func antecedentStatus(s *syntax.Sentence, w int) string {
	for k := w - 2; k >= 0 && w-k <= maxAntecedentReach; k-- {
		x := s.Words[k]
		switch {
		case commitNouns[lower(x.Form)] != "":
			return commitNouns[lower(x.Form)] // the form too: "memorandum of understanding" is read as a verb in -ing
		case x.UPOS == "NOUN" && commitNouns[x.Lemma] != "":
			return commitNouns[x.Lemma]
		case x.UPOS == "VERB" || x.UPOS == "AUX":
			return ""
		}
	}
	return ""
}

// maxAntecedentReach bounds the words searched back for the antecedent of
// "under which".
const maxAntecedentReach = 8

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
