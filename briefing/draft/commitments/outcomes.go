package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// resultNouns measure how a business does: what one expects of them is a
// forecast ("expects to double sales", "expects to keep boosting its
// turnover").
var resultNouns = WordSet("sale profit revenue turnover earning income growth output margin loss volume " +
	"black red")

// expectedOutcome reports whether complement k of "expect" is an outcome
// its subject forecasts for itself rather than an act it means to do: a
// verb that states or happens ("expects to see rivals enter", "expects to
// remain profitable"), or one whose object, or whatever it moves into or
// back to, measures results ("expects to double sales", "expects to move
// into the black"), also through a verb it governs ("expects to keep
// boosting its turnover").
func expectedOutcome(s *syntax.Sentence, k int) bool {
	for depth := 0; k >= 0 && depth < 3; depth++ {
		if nonActions[s.Words[k].Lemma] {
			return true
		}
		for _, o := range s.ChildrenWith(k, "obj", "obl") {
			words := []int{o}
			if text.RelIs(s.Words[o].Rel, "obl") {
				words = append(words, s.ChildrenWith(o, "amod")...) // "into the black next year", read as one phrase
			}
			for _, w := range words {
				if resultNouns[lower(s.Words[w].Lemma)] {
					return true
				}
			}
		}
		k = firstChild(s, k, "xcomp")
	}
	return false
}
