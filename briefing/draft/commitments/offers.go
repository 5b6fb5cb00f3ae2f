package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// habitualOffer reports whether verb i is "offer" in the simple present
// with a thing for its object and no "to" + verb ("the bank offers loans
// to small firms", "a firm that offers online games"): what a business
// sells, not a proposal; a sum ("offers $2bn for the club") or a deal
// offered stays one, unless the business "already" offers it.
func habitualOffer(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Lemma != "offer" || w.XPOS != "VBZ" && w.XPOS != "VBP" || toComplement(s, i) >= 0 ||
		len(s.ChildrenWith(i, "aux", "aux:pass")) > 0 {
		return false
	}
	o := firstChild(s, i, "obj")
	if o >= 0 && hasChildLemma(s, i, WordSet("already"), "advmod") {
		return true // "Home Choice already offers 10,000 hours of shows": what it sells today
	}
	return o >= 0 && !numbered(s, o) && commitNouns[lower(s.Words[o].Lemma)] == ""
}

// numbered reports whether the phrase headed by word k holds a number or
// a currency sign ("$2bn", "an 8% rise", "500 jobs").
func numbered(s *syntax.Sentence, k int) bool {
	f, l := phrase(s, k)
	for n := f; n <= l; n++ {
		if s.Words[n].UPOS == "NUM" || strings.ContainsAny(s.Words[n].Form, "$£€¥%") {
			return true
		}
	}
	return false
}
