package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// noOnes are the pronouns that name no one and nothing.
var noOnes = WordSet("nobody none nothing")

// deniedSubject reports whether the subject of verb i names no one or
// nothing: "nobody", "none of its money", "no jobs", "no one".
func deniedSubject(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj:pass", "nsubj")
	if k < 0 {
		return false
	}
	if noOnes[lower(s.Words[k].Form)] || hasChildLemma(s, k, WordSet("no"), "det") {
		return true
	}
	return lower(s.Words[k].Form) == "one" && k > 0 && lower(s.Words[k-1].Form) == "no"
}

// deniedPassive reports whether passive verb i, after will or would in
// what a party says, denies it to everyone or everything ("SAIC says none
// of its money will be paid to the owners", "the company said no jobs
// would be cut", "nobody would be moved before a decision"): the sayer's
// pledge not to do it, or its refusal of what it would give or accept;
// what befalls no one ("no jobs will be lost") is a forecast.
func deniedPassive(s *syntax.Sentence, i int, modal string) bool {
	return (willModals[modal] || modal == "would") && passiveVerb(s, i) && !nonActions[s.Words[i].Lemma] && deniedSubject(s, i) &&
		attributionVerb(s, i) >= 0 && !aspectAux(s, i) // not "no jobs will be lost": a forecast
}
