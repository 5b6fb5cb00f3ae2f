package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// receivingVerbs say that their subject got something from someone else:
// a pledge won from a party is that party's pledge.
var receivingVerbs = WordSet("win secure obtain extract receive get gain wring wrest")

// giver returns the head of the "from" phrase of receiving verb v or of
// its object ("won a pledge from X", "secured from X a promise"), the one
// who gave what was received, or -1.
func giver(s *syntax.Sentence, v int) int {
	if !receivingVerbs[lemmaOf(s.Words[v])] {
		return -1
	}
	holders := []int{v}
	if o := firstChild(s, v, "obj"); o >= 0 {
		holders = append(holders, o)
	}
	for _, h := range holders {
		for _, k := range s.ChildrenWith(h, "obl", "nmod") {
			if k > v && hasChildLemma(s, k, WordSet("from"), "case") && !timeWord(s.Words[k]) { // not "from April 2027"
				return k
			}
		}
	}
	return -1
}
