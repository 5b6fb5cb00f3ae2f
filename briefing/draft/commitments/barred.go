package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// preventions keep others from doing something.
var preventions = WordSet("bar ban prevent stop prohibit forbid block deter discourage restrain")

// barredReach is how many words before "from" the preventing verb may
// stand ("barring insurers from", "to prevent the two largest banks
// from").
const barredReach = 5

// barredAct reports whether verb i, or the conjunct it joins, is what a
// rule or an order keeps others from doing ("an emergency rule barring
// insurers from canceling or refusing to renew policies"): no commitment
// of theirs, whatever the parser hung it on.
func barredAct(s *syntax.Sentence, i int) bool {
	v := i
	if s.Words[v].Rel == "conj" && s.Words[v].Head >= 0 {
		v = s.Words[v].Head
	}
	if s.Words[v].XPOS != "VBG" {
		return false
	}
	from := -1
	for _, k := range s.ChildrenWith(v, "mark", "case") {
		if lower(s.Words[k].Form) == "from" {
			from = k
		}
	}
	if from < 0 {
		return false
	}
	for k := from - 1; k >= 0 && k >= from-barredReach; k-- {
		if preventions[s.Words[k].Lemma] && (s.Words[k].UPOS == "VERB" || s.Words[k].XPOS == "VBG") {
			return true
		}
	}
	return false
}
