package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// pressedInto reports whether verb i says, with will or would, that its
// subject will not be pushed into an act or a commitment ("We will not be
// pressured into removing the tariff", "Kelmar would not be bullied into
// a deal"): a refusal of that act, its subject the passive's.
func pressedInto(s *syntax.Sentence, i int) bool {
	if !pressureVerbs[s.Words[i].Lemma] || !passiveVerb(s, i) || !negated(s, i) || firstChild(s, i, "nsubj:pass", "nsubj") < 0 {
		return false
	}
	if m := modalOf(s, i); !willModals[m] && m != "would" {
		return false // "he was not forced into resigning": what did not happen
	}
	for _, k := range s.ChildrenWith(i, "advcl", "xcomp") {
		if s.Words[k].XPOS == "VBG" && hasChildLemma(s, k, WordSet("into"), "mark") && action(s, k) {
			return true
		}
	}
	for _, k := range caseChildren(s, i, "into") {
		if commitNouns[s.Words[k].Lemma] != "" || s.Words[k].XPOS == "VBG" && action(s, k) {
			return true
		}
	}
	return false
}

// pressureVerbs push another into acting against its will.
var pressureVerbs = WordSet("pressure pressurise pressurize force bully push rush coerce blackmail railroad browbeat " +
	"intimidate dragoon bounce")
