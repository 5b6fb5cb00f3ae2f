package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// mergingFirms returns the firms whose merger the text told of before
// sentence si, the ones a firm "merged" or "combined" from them stands for
// ("the merger of Bravik Ferries and Tollen Lines" … "the merged company
// will:"): the parties named after "of" or "between" of the last "merger"
// or "combination", or as the subjects of the last "merge"; nil for fewer
// than two.
func (r *actorResolver) mergingFirms(si int) []int {
	for k := min(si, len(r.d.Parsed)-1); k >= 0; k-- {
		s := &r.d.Parsed[k]
		for i := len(s.Words) - 1; i >= 0; i-- {
			var ps []int
			switch w := s.Words[i]; {
			case w.UPOS == "NOUN" && mergerNouns[w.Lemma] && i+2 < len(s.Words) && (lower(s.Words[i+1].Form) == "of" || lower(s.Words[i+1].Form) == "between"):
				ps = r.in(s.Bytes(i+2, nameRunEnd(s, i+2))) // the names, read off the words: the parser often splits them
			case w.UPOS == "VERB" && w.Lemma == "merge":
				for _, h := range withConjuncts(s, s.ChildrenWith(i, "nsubj", "nsubj:pass")) {
					f, l := phrase(s, h)
					ps = append(ps, r.in(s.Bytes(f, l))...)
				}
			}
			var firms []int
			for _, p := range ps {
				if r.d.Parties[p].Kind != briefing.KindPlace {
					firms = appendPartyIdx(firms, p)
				}
			}
			if len(firms) > 1 {
				return firms
			}
		}
	}
	return nil
}

// nameRunEnd returns the last word of the run of names and the words that
// join them from word k on ("Bravik Ferries and Tollen Lines").
func nameRunEnd(s *syntax.Sentence, k int) int {
	end := k
	for j := k; j < len(s.Words); j++ {
		w := s.Words[j]
		if w.UPOS == "PROPN" || w.XPOS == "NNP" || w.XPOS == "NNPS" {
			end = j
			continue
		}
		if w.UPOS != "CCONJ" && w.UPOS != "DET" && w.Form != "," {
			break
		}
	}
	return end
}

// mergerNouns name two firms becoming one.
var mergerNouns = WordSet("merger combination")
