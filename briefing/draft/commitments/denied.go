package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// befallVerbs tell what happens to their subject rather than what anyone
// decides: in the passive they forecast ("homes would be damaged", "the
// target would be missed", "the plan would be welcomed").
var befallVerbs = WordSet("hit affect hurt harm kill injure damage destroy delay threaten lose strand displace flood " +
	"bury trap wound arrest miss welcome praise criticise criticize")

// announcedPassive reports whether passive verb i, after will or would, is
// an act a party announces in so many words ("the county council announced
// that inspections of all care homes would be carried out", "she said the
// families would be kept informed"): a measure of the announcer's own,
// whatever its verb, unless it names its agent or tells what befalls a
// person or a name.
func announcedPassive(s *syntax.Sentence, i int, modal string, named func(a, b int) bool) bool {
	w := s.Words[i]
	if !willModals[modal] && modal != "would" || !passiveVerb(s, i) || nonActions[w.Lemma] || befallVerbs[w.Lemma] ||
		len(agentOf(s, i)) > 0 || aspectAux(s, i) {
		return false
	}
	subj := firstChild(s, i, "nsubj:pass")
	if subj < 0 || s.Words[subj].UPOS == "PRON" || s.Words[subj].UPOS == "PROPN" || anyoneWho(s, subj) {
		return false
	}
	k := announcer(s, i, named)
	return k >= 0 && !commentators[s.Words[k].Lemma]
}

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
	return (willModals[modal] || modal == "would") && passiveVerb(s, i) && (!nonActions[s.Words[i].Lemma] || madeAct(s, i)) && deniedSubject(s, i) &&
		attributionVerb(s, i) >= 0 && !aspectAux(s, i) // not "no jobs will be lost": a forecast
}

// sparedVerbs harm or alter what they act on.
var sparedVerbs = WordSet("affect change cut reduce touch close lose harm")

// sparedPassive reports whether passive verb i, after will or would,
// denies that something will be harmed or altered, in what a party says
// or in a message's own voice (voiced): "Store colleagues' hours and pay
// will not be affected", "the firm said pensions would not be cut". The
// one who decides it pledges to spare it.
func sparedPassive(s *syntax.Sentence, i int, modal string, voiced bool) bool {
	return (willModals[modal] || modal == "would") && passiveVerb(s, i) && negated(s, i) && sparedVerbs[s.Words[i].Lemma] &&
		len(agentOf(s, i)) == 0 && (voiced || attributionVerb(s, i) >= 0)
}

// benefitVerbs are what a party assures everyone of its people or
// customers will get or be spared ("will get a full refund", "will have a
// meeting with their manager", "will find out by email", "will lose their
// job").
var benefitVerbs = WordSet("get receive have keep find lose")

// everyoneWords make a subject everyone of a kind, or no one: "every
// passenger", "each affected person", "nobody", "no one".
var everyoneWords = WordSet("every each everyone everybody nobody noone")

// assuredToAll reports whether verb i, after will or would, assures every
// one of a kind, or no one, of what they will get or be spared, in what a
// party reports or in a message's own voice (voiced): "Every passenger
// will get a full refund, the airline said", "Nobody will find out by
// email". The one who decides it pledges it; a quotation's is the
// speaker's (see spokenAssurance).
func assuredToAll(s *syntax.Sentence, i int, modal string, voiced bool) bool {
	if !willModals[modal] && modal != "would" || passiveVerb(s, i) || !benefitVerbs[s.Words[i].Lemma] || !voiced && attributionVerb(s, i) < 0 || quotedWord(s, i) {
		return false
	}
	k := firstChild(s, i, "nsubj")
	if k < 0 {
		return false
	}
	if everyoneWords[lower(s.Words[k].Form)] || lower(s.Words[k].Form) == "one" && hasChildLemma(s, k, WordSet("no"), "det") {
		return true
	}
	return s.Words[k].UPOS == "NOUN" && hasChildLemma(s, k, everyoneWords, "det")
}
