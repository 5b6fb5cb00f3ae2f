package commitments

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// verbClause builds the commitment clause headed by word i when it is one:
// a commitment verb with the complement it needs ("agreed to cut", "plans
// to withdraw", "rejected the bid"), "be to" + verb ("is to end"), or
// will/shall/may + an action verb whose subject can act. Voiced tells
// that sentence i is in the voice of the message's sender, own that it is
// its speaker's or writer's own words (see ownWords).
func verbClause(s *syntax.Sentence, i int, named func(a, b int) bool, voiced, own bool) (clause, bool) {
	w := s.Words[i]
	if taggedAsNoun(s, i) {
		return nounTaggedVerb(s, i, named)
	}
	if w.UPOS != "VERB" && !(w.UPOS == "ADJ" && (lemmaOf(w) == "commit" || notInterested(s, i))) || innerPredicate(s, i) ||
		hypothetical(s, i) || requested(s, i) || agentGerund(s, i) || reducedRelative(s, i) || undone(s, i) || undecided(s, i) ||
		generic(s, i) || foreseen(s, i) || counterfactual(s, i) || obliged(s, i) || keepsToldOne(s, i) ||
		eventSubject(s, i) || barredAct(s, i) || commentatorSubject(s, i) {
		return clause{}, false
	}
	c := clause{s: s, pred: i, verb: i, action: i, cond: -1}
	modal := modalOf(s, i)
	p, lexical := commitVerbs[phrasalLemma(s, i)]
	if lexical && modal == "other" && cannot(s, i) {
		modal = "wo" // "Hungary cannot agree to open clusters", "we can't accept these terms": a refusal
	}
	if lexical && p.kind == predIntent && (modal != "" || forecast(s, i) || beTo(s, i)) && !takesComplement(s, i, p) {
		lexical = false // "would vote against the bill", "is ready to consider the request", "is to vote on it": the will of an action verb
	}
	if lexical && lemmaOf(w) == "accept" && !takesComplement(s, i, p) {
		lexical = false // "will not accept the closure": a refusal of its own; "accepted the verdict": none
	}
	if lexical && lemmaOf(w) == "want" && (willModals[modal] || modal == "would") {
		return clause{}, false // "mobile users will want to watch TV", "we would want to see it": a forecast or a wish
	}
	if lexical && (agreesToDisagree(s, i) || unableToAgree(s, i)) {
		return clause{}, false // "we have agreed to disagree on the census", "negotiators could not agree on steel": no agreement reached
	}
	if lexical && lemmaOf(w) == "undertake" && !takesComplement(s, i, p) && firstChild(s, i, "obj") >= 0 {
		lexical = false // "will undertake a review", "will not undertake the buyback": a deed, not a pledge
	}
	switch {
	case resolution(s, i):
		c.status, c.strong, c.resolved = briefing.StatusAgreed, true, true // "RESOLVED that the payments be approved"
		c.action = s.ChildrenWith(i, "ccomp")[0]
	case operativeDecision(s, i):
		c.status, c.strong, c.resolved = briefing.StatusAgreed, true, true // "1. Decides to extend the mandate": the body's decision
	case lexical && w.Rel == "acl" && w.XPOS == "VBN" && firstChild(s, i, "aux") < 0 && !hasCase(s, i, "by"):
		return clause{}, false // "under a contract signed last month" describes the contract
	case lexical && p.status == briefing.StatusSigned && signsPetition(s, i):
		return clause{}, false // "a petition signed by 4,000 residents": a protest, not a commitment
	case soughtTalks(s, i, modal):
		c.status = briefing.StatusIntends // "said it would seek urgent talks with the new lenders"
	case lexical && p.kind != predStrong && passiveMeasure(s, i, modal):
		c.status, c.measure = briefing.StatusIntends, true // "40m euros will be offered as loans"
	case lexical && passiveVerb(s, i) && nothingDone(s, i):
		return clause{}, false // "Nothing has been signed", "No deal was agreed": no act
	case lexical:
		byAgent := p.kind == predObject && len(agentOf(s, i)) > 0 // "the bid was rejected by the board"
		if !takesComplement(s, i, p) && !byAgent || passiveVerb(s, i) && p.kind != predStrong && lemmaOf(w) != "commit" && !byAgent {
			return clause{}, false
		}
		c.strong, c.status = p.kind == predStrong, p.status
		if standsAgainst[w.Lemma] && (willModals[modal] || modal == "would") {
			c.status = briefing.StatusIntends // "would oppose the levy in parliament": a stance to take, like a vote against
		}
		if st := votedFor(s, i, modal); st != "" {
			c.status = st // "the Security Council voted to extend the mission": the body's decision
		}
		if assignedAct(s, i) {
			c.status = briefing.StatusIntends // "City Manager to sign the contract by June 19": an act to come
		}
	case modal == "" && (approval(s, i) || approvedBy(s, i)):
		c.status, c.strong = briefing.StatusAgreed, true // "the council approved a $1.2bn budget"
	case modal == "" && refusedStance(s, i, voiced):
		c.status = briefing.StatusIntends // negated below: "\"We are not giving that up\"" refuses it
	case modal == "" && (reportedProgressive(s, i) || countedMeasure(s, i)) && action(s, i) && !passiveVerb(s, i):
		c.status = briefing.StatusIntends // "UPS said it was cutting its order", "the papers are axing 90 jobs"
	case laidDown(s, i, modal, named) != "":
		c.status, c.measure, c.strong = laidDown(s, i, modal, named), true, true // "Under the agreement, the crossings will reopen"
	case sparedPassive(s, i, modal, voiced):
		c.status, c.measure = briefing.StatusPledged, true // "Store colleagues' hours and pay will not be affected", in the firm's own message
	case assuredToAll(s, i, modal, voiced):
		c.status, c.measure = briefing.StatusPledged, true // "Every passenger will get a full refund", in the firm's own message
	case deniedPassive(s, i, modal):
		c.status, c.measure = briefing.StatusIntends, true // negated below: "said no jobs would be cut" pledges
	case assuredTo(s, i, modal):
		c.status, c.measure = briefing.StatusPledged, true // "staff have been told no jobs will be lost": negated below, still pledged
	case passiveMeasure(s, i, modal) && assurances[w.Lemma]:
		c.status, c.measure = briefing.StatusPledged, true // "existing licences will be honoured"
	case passiveMeasure(s, i, modal), announcedPassive(s, i, modal, named), operatedMeasure(s, i, modal, named):
		c.status, c.measure = briefing.StatusIntends, true
	case beTo(s, i) && action(s, i) && pricedDeal(s, i):
		c.status = briefing.StatusAgreed // "is to buy May for $11bn": the price is agreed
	case (beTo(s, i) || agentInfinitive(s, i) || assignedAct(s, i)) && action(s, i) && !purposeSubject(s, i), forecast(s, i):
		c.status = briefing.StatusIntends
	case deniesIntent(s, i):
		c.status = briefing.StatusRefused // "denied the possibility of any tariff increase"
	case notInterested(s, i):
		c.status = briefing.StatusIntends // negated below: "was not interested in a deal" refuses it
	case boundBy(s, i):
		c.status, c.strong = briefing.StatusPledged, true // "it is bound by the treaty"
	case modal != "" && modal != "other" && (action(s, i) || deniedAct(s, i, modal)) && (!aspectAux(s, i) || ownProgressive(s, i, own)) && (!passiveVerb(s, i) || len(agentOf(s, i)) > 0) && !noOneActs(s, i):
		if mayModals[modal] && !mayActions[w.Lemma] {
			return clause{}, false
		}
		c.status = briefing.StatusIntends
	case modal == "" && reaffirmedTarget(s, i):
		c.status, c.strong = briefing.StatusPledged, true // "The Group reaffirms its target of an 8.5% margin"
	case ownOutput(s, i, modal) >= 0:
		c.status = briefing.StatusIntends // "Its full decision will be published within 10 working days"
	case issuedOutput(s, i, modal):
		c.status, c.issued, c.measure = briefing.StatusIntends, true, true // "The minutes of this meeting will be published on 1 April"
	case pressedInto(s, i):
		c.status = briefing.StatusIntends // negated below: "will not be pressured into removing the tariff" refuses it
	case (willModals[modal] || modal == "would") && campaignGoesOn(s, i):
		c.status, c.campaign = briefing.StatusIntends, true // "the union said the strike would continue"
	case scheduledAct(s, i, modal) && (!aspectAux(s, i) || ownProgressive(s, i, own)):
		c.status = briefing.StatusIntends // "the president would receive the leaders on Wednesday"
	default:
		return clause{}, false
	}
	var from int
	c.actors, c.passive, c.inherited, from = clauseActors(s, i, named)
	if c.measure && len(c.actors) > 0 && len(agentOf(s, i)) > 0 && len(personalAgents(s, i)) == 0 {
		c.actors, c.passive = nil, true // "boosted by an extra 3.5m euros": the means, not who gives them
	}
	if (willModals[modal] || modal == "would") && servedSubject(s, i) {
		c.actors, c.passive = nil, true // "customers who switch … will keep the old price": what the body that says so grants them
	}
	if c.measure && operatedMeasure(s, i, modal, named) {
		c.actors, c.passive = nil, true // "the plant will close": who runs it, from the report or the story
	}
	if c.measure && laidDown(s, i, modal, named) != "" {
		c.actors, c.passive, c.laid = nil, true, true // the parties of the agreement, from the story
	}
	if k := ownOutput(s, i, modal); k >= 0 {
		c.actors, c.passive = []int{k}, false // the owner of what is published publishes it
	}
	if c.issued {
		c.actors, c.passive = nil, true // the body that issues the text, if it has one
	}
	if pressedInto(s, i) {
		c.actors, c.passive = withConjuncts(s, s.ChildrenWith(i, "nsubj:pass", "nsubj")), false // who will not be pushed refuses
	}
	if c.strong && boundBy(s, i) {
		c.actors, c.passive = withConjuncts(s, s.ChildrenWith(i, "nsubj:pass")), false
	}
	if k := bindsOther(s, i); c.strong && k >= 0 {
		c.actors, c.passive = withConjuncts(s, []int{k}), false // "the deal commits both sides to publish"
		if agreementBinds(s, i) {
			c.status = briefing.StatusAgreed // a term of the agreement, which the sides agreed to
		}
	}
	if c.resolved {
		c.actors, c.passive = nil, true // the body whose minutes these are, from the text
	}
	if yetToExist(s, c.actors) {
		return clause{}, false // "the combined firm will operate 1,000 stores": a merger's outlook
	}
	if c.passive && len(c.actors) == 0 {
		c.actors, c.passive = madeBetween(s, firstChild(s, i, "nsubj:pass"))
	}
	if c.measure && !underDeal(s, i) { // a term of a deal is its sides', not its reporter's
		switch k := announcer(s, i, named); {
		case k >= 0:
			c.actors, c.passive = withConjuncts(s, []int{k}), false
		case text.Reported(s, i) && !assuredTo(s, i, modal):
			return clause{}, false // "it is thought that the sale will be delayed"
		}
	}
	if k := campaignSayer(s, i, named); c.campaign && k >= 0 && !agentive(s, c.actors, named) {
		c.actors = withConjuncts(s, []int{k}) // "the strike will go ahead on Monday, the union said": the sayer's side
	}
	if !c.strong && !c.measure && modal != "" && !mayModals[modal] && !agentive(s, c.actors, named) && !measureSubject(s, c.actors) && !relativeSubject(s, c.actors) &&
		!judgedEffects[s.Words[i].Lemma] {
		if k := announcer(s, i, named); k >= 0 && reportedComplement(s, i) && !commentators[s.Words[k].Lemma] &&
			(namesParty(s, k, named) || personalPronoun(s.Words[k]) || namedInApposition(s, k, named)) { // "Mr Pell said the crossing would open by June"
			c.actors = withConjuncts(s, []int{k})
		}
	}
	if !c.strong && forecastBy(s, i) { // "analysts said the firm would cut jobs"
		return clause{}, false
	}
	if polled(s, i, c.actors) { // "Almost 50% of those questioned said they would trust search engines less"
		return clause{}, false
	}
	if rumoured(s, i) { // "would not comment on reports that it had agreed terms"
		return clause{}, false
	}
	if !c.strong && !c.measure && !agentive(s, c.actors, named) || modal == "other" || nobody(s, c.actors) || habitual(s, i, c.actors) ||
		modal == "" && nobody(s, s.ChildrenWith(i, "nsubj:pass")) || // "no contracts have yet been signed": nothing done, unlike "no jobs would be cut"
		lexical && p.kind == predIntent && mayModals[modal] {
		return clause{}, false
	}
	c.cond = conditionOf(s, i)
	if c.measure && mayModals[modal] && c.cond >= 0 && !traded(s, c.cond) {
		return clause{}, false // "the measure could be dropped if it hurts trade": a possibility
	}
	if !settleStatus(s, &c, modal) {
		return clause{}, false
	}
	if len(c.actors) == 0 && !c.measure && toMarked(s, i) {
		return clause{}, false
	}
	c.past = (pastClause(s, i) || pastClause(s, from)) && modal == ""
	c.recent = presentPerfect(s, i) && modal == ""
	c.first, c.last = clauseBounds(s, &c)
	if k := approvedSubject(s, i); k >= 0 {
		f, _ := phrase(s, k)
		c.first = min(c.first, f) // "Plans for 850 homes … have been approved": what was approved opens the clause
	}
	if k := gapObject(s, i); k >= 0 && lexical {
		f, _ := phrase(s, k)
		c.first = min(c.first, f) // "a demand the government has rejected": what was rejected opens the clause
	}
	c.action = verbAction(s, c)
	return c, true
}

// votedFor returns the status of a vote taken ("voted on Friday to extend
// the mission") or of a body's decision: the voters decided what the vote
// was for, so they agreed to it, or refused what it rejects ("voted to
// reject the bill"); "" for a vote to come ("will vote to") or none.
func votedFor(s *syntax.Sentence, i int, modal string) string {
	if modal != "" || !pastClause(s, i) && !presentPerfect(s, i) { // "voted to", "has voted to"
		return ""
	}
	if s.Words[i].Lemma == "decide" && byBody(s, i) {
		return briefing.StatusAgreed // "the Council decided that the troops would leave": a body's decision
	}
	if s.Words[i].Lemma != "vote" {
		return ""
	}
	if votedAgainst(s, i) {
		return briefing.StatusRefused // "China and Russia voted against it"
	}
	if votedInFavour(s, i) {
		return briefing.StatusAgreed // "the committee voted seven to two for the cut"
	}
	k := toComplement(s, i)
	if k < 0 {
		return ""
	}
	if commitVerbs[phrasalLemma(s, k)].status == briefing.StatusRefused || deniesIntent(s, k) {
		return briefing.StatusRefused // "voted to reject the plan", "voted 5-2 to deny a request to rezone"
	}
	return briefing.StatusAgreed
}

// measureSubject reports whether an actor is a measure or a deal ("the
// closures would save £420,000 a year", "the deal will create 500 jobs"),
// or a pronoun that points at what was just told of ("this would increase
// the opportunities"): what it will do is its announced effect, a
// forecast, not a commitment of whoever announced it.
func measureSubject(s *syntax.Sentence, actors []int) bool {
	for _, h := range actors {
		if l := s.Words[h].Lemma; measureNouns[l] || effectNouns[l] || commitNouns[l] != "" {
			return true
		}
		if w := s.Words[h]; w.UPOS == "PRON" && pointers[lower(w.Form)] {
			return true // "Mr Herren says this would vastly increase the opportunities": what was just told of
		}
	}
	return false
}

// effectNouns name a change a measure makes, whose effects are forecast.
var effectNouns = WordSet("closure cut change move increase rise reduction saving policy merger deal plan project " +
	"investment expansion rule")

// votesOnMotion reports whether the vote at verb i is a ballot on a
// motion or on a day ("will vote on the deal", "will vote on May 19")
// that does not say which way it goes ("will vote against the bill on 9
// December").
func votesOnMotion(s *syntax.Sentence, i int) bool {
	on := caseChildren(s, i, "on")
	return slices.ContainsFunc(on, func(k int) bool { return !setDay(s, k) }) || len(on) > 0 && !voteStance(s, i)
}

// voteStance reports whether the vote at verb i says which way it goes:
// for or against a thing, in favour of it, or to do it ("will vote to
// strike").
func voteStance(s *syntax.Sentence, i int) bool {
	if hasCase(s, i, "for", "against") || firstChild(s, i, "xcomp") >= 0 {
		return true
	}
	return slices.ContainsFunc(caseChildren(s, i, "in"), func(k int) bool { return favourWords[lower(s.Words[k].Lemma)] })
}

// favourWords say which way a vote goes ("in favour").
var favourWords = WordSet("favour favor support")

// undone reports whether verb i is a gerund after "without" ("left
// without signing a ceasefire"), "against" ("would vote against
// ratifying the protocol") or "short of" ("stopped short of agreeing new
// funding"): an act that did not happen or that is opposed.
func undone(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.XPOS != "VBG" {
		return false
	}
	for _, c := range s.ChildrenWith(i, "mark", "case") {
		if c < i && notDoneMarks[lower(s.Words[c].Lemma)] && !slices.ContainsFunc(s.Words[c:i], func(w syntax.Word) bool { return w.UPOS == "PUNCT" }) {
			return true // not "voted against, proposing a larger cut": the parse took the vote's word for the gerund's
		}
	}
	return hasChildLemma(s, i, WordSet("of"), "mark", "case") && w.Head >= 0 && lower(s.Words[w.Head].Form) == "short" // "stopped short of agreeing"
}

// nothingDone reports whether passive verb i has for its subject nothing
// or no thing ("Nothing has been signed", "No deal was agreed").
func nothingDone(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj:pass")
	return k >= 0 && (lower(s.Words[k].Form) == "nothing" || hasChildLemma(s, k, WordSet("no"), "det"))
}

// cannot reports whether verb i is denied with "can" ("cannot agree",
// "can't accept").
func cannot(s *syntax.Sentence, i int) bool {
	return hasChildLemma(s, i, WordSet("can ca"), "aux") && negated(s, i)
}

// keptFromSigning reports whether signing verb i is denied in the simple
// past with "did not" ("China … did not sign", "sat through the ceremony
// but did not sign"): a party that held back from a signing, a refusal;
// "has never ratified it" tells of an act not done.
func keptFromSigning(s *syntax.Sentence, i int) bool {
	return hasChildLemma(s, i, WordSet("do"), "aux") && negated(s, i) && s.Words[i].XPOS == "VB"
}

// agreesToDisagree reports whether verb i is "agree" with "disagree" as
// its complement: the sides part without agreeing anything.
func agreesToDisagree(s *syntax.Sentence, i int) bool {
	return lemmaOf(s.Words[i]) == "agree" && slices.ContainsFunc(s.ChildrenWith(i, "xcomp"), func(k int) bool { return lemmaOf(s.Words[k]) == "disagree" })
}

// unableToAgree reports whether agreeing verb i is told as what its
// sides could not do ("could not agree on a chapter covering steel",
// "could not agree a date"): talks without an outcome, no refusal;
// "cannot agree to the terms" refuses them.
func unableToAgree(s *syntax.Sentence, i int) bool {
	return lemmaOf(s.Words[i]) == "agree" && negated(s, i) && hasChildLemma(s, i, WordSet("could"), "aux")
}

// notDoneMarks open a gerund for an act not done or opposed.
var notDoneMarks = WordSet("without against")

// agentGerund reports whether verb i is a gerund after the "by" of a
// passive ("hit by declining sales"): the cause of what happened, not an
// act of the passive's subject.
func agentGerund(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	return w.XPOS == "VBG" && w.Head >= 0 && hasChildLemma(s, i, WordSet("by"), "mark") && passiveVerb(s, w.Head)
}

// reportedProgressive reports whether a measure verb i is in the progressive
// ("was cutting", "is selling") as the complement of a verb of saying,
// with a pronoun for the sayer as its subject: a decision under way, told
// by its maker ("UPS said it was cutting its order").
func reportedProgressive(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.XPOS != "VBG" || !hasChildLemma(s, i, WordSet("be"), "aux") || w.Head < 0 || !text.RelIs(w.Rel, "ccomp") ||
		hasChildLemma(s, i, WordSet("still"), "advmod") { // "we are still appealing for witnesses": going on, not planned
		return false
	}
	subj := firstChild(s, i, "nsubj")
	return text.ReportVerbs[s.Words[w.Head].Lemma] && subj >= 0 && (personalPronoun(s.Words[subj]) || lower(s.Words[subj].Form) == "it") &&
		measureVerbs[withParticle(s, i)] // not "we are turning the page", "it was setting up a centre": rhetoric or work under way
}

// refusedStance reports whether verb i is a quoted "we are not" or "I am
// not", or one in a message's own voice (voiced), with an act that is no
// restraint ("\"We are not giving that up\"", "\"I am not resigning\""):
// the speaker's refusal, told as a stance held.
func refusedStance(s *syntax.Sentence, i int, voiced bool) bool {
	w := s.Words[i]
	if w.XPOS != "VBG" || !negated(s, i) || !hasChildLemma(s, i, WordSet("be"), "aux") {
		return false
	}
	subj := firstChild(s, i, "nsubj")
	if subj < 0 || !quotedWord(s, i) && !voiced {
		return false
	}
	if f := lower(s.Words[subj].Form); f != "we" && f != "i" {
		return false
	}
	return action(s, i) && !restraint(s, i)
}

// countedMeasure reports whether verb i is a measure in the present
// progressive with a counted object ("the two papers are axing 90 jobs",
// "the firm is closing 12 plants"): a decision told as under way.
func countedMeasure(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.XPOS != "VBG" || !measureVerbs[withParticle(s, i)] || firstChild(s, i, "nsubj") < 0 {
		return false
	}
	present := false
	for _, k := range s.ChildrenWith(i, "aux") {
		present = present || s.Words[k].Lemma == "be" && (s.Words[k].XPOS == "VBZ" || s.Words[k].XPOS == "VBP")
	}
	k := firstChild(s, i, "obj")
	return present && k >= 0 && counted(s, k) && !hasChildLemma(s, i, WordSet("still"), "advmod")
}

// counted reports whether the noun phrase headed by k holds a number
// before its head ("90 jobs", "90 journalist jobs", "12 of its plants").
func counted(s *syntax.Sentence, k int) bool {
	f, _ := phrase(s, k)
	for n := f; n <= k; n++ {
		if s.Words[n].UPOS == "NUM" {
			return true
		}
	}
	return amount(s, k)
}

// deniesIntent reports whether verb i denies a possibility, a plan or an
// intention ("denied the possibility of a tariff increase"): ruling it
// out. Denying a claim or a charge is no refusal.
func deniesIntent(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "obj")
	return s.Words[i].Lemma == "deny" && k >= 0 && (intentNouns[s.Words[k].Lemma] || askedThings[s.Words[k].Lemma])
}

// intentNouns name what may or may not be done.
var intentNouns = WordSet("possibility plan intention prospect idea")

// askedThings are what a body is asked to grant, so that denying one
// refuses it ("voted to deny a request to rezone 118 acres").
var askedThings = WordSet("request application permit permission licence license appeal bail petition")

// notInterested reports whether adjective i says its subject is not
// interested in a deal or in doing something ("ONGC was not interested in
// a loan-for-oil deal").
func notInterested(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.UPOS != "ADJ" || w.Lemma != "interested" || !negated(s, i) {
		return false
	}
	for _, k := range caseChildren(s, i, "in") {
		if commitNouns[s.Words[k].Lemma] != "" || measureNouns[s.Words[k].Lemma] || s.Words[k].XPOS == "VBG" {
			return true
		}
	}
	for _, k := range s.ChildrenWith(i, "advcl", "xcomp") {
		if s.Words[k].XPOS == "VBG" && hasChildLemma(s, k, WordSet("in"), "mark") {
			return true // "not interested in buying"
		}
	}
	return false
}

// readiness words say their subject stands ready to do what they govern.
var readiness = WordSet("ready willing prepared")

// standsReady reports whether word h is a readiness word completing
// "stand" or "remain" ("stands ready to resume talks", "remains willing
// to"): the subject is ready, as with "is ready", unless another modal
// than will or would makes it advice or a guess.
func standsReady(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if !readiness[lower(w.Form)] || w.Head < 0 || !text.RelIs(w.Rel, "xcomp") || !linkingVerbs[s.Words[w.Head].Lemma] {
		return false
	}
	m := modalOf(s, w.Head)
	return m == "" || willModals[m] || m == "would" // "the bank should stand ready to cut rates": advice, not its stance
}

// linkingVerbs link a subject to its state as "be" does.
var linkingVerbs = WordSet("stand remain")

// notReady reports whether verb i hangs on a denied readiness ("is not
// willing to lower its fees") or a denied "going to" ("we are not going to
// sign"): a refusal.
func notReady(s *syntax.Sentence, i int) bool {
	h := s.Words[i].Head
	return h >= 0 && text.RelIs(s.Words[i].Rel, "xcomp") && (readiness[lower(s.Words[h].Form)] || goingTo(s, h)) && negated(s, h)
}

// signsPetition reports whether signing verb i signs a petition (its
// object, its passive subject or the noun it describes): a protest, not a
// commitment.
func signsPetition(s *syntax.Sentence, i int) bool {
	ks := s.ChildrenWith(i, "obj", "nsubj:pass")
	if w := s.Words[i]; w.Head >= 0 && text.RelIs(w.Rel, "acl") {
		ks = append(ks, w.Head)
	}
	for _, k := range ks {
		if s.Words[k].Lemma == "petition" {
			return true
		}
	}
	return false
}

// yetToExist reports whether an actor is a firm that a merger has yet to
// make ("the combined firm", "the merged group"): what it will do is the
// deal's outlook, not a commitment.
func yetToExist(s *syntax.Sentence, actors []int) bool {
	for _, h := range actors {
		if hasChildLemma(s, h, futureEntities, "amod") {
			return true
		}
	}
	return false
}

// futureEntities describe a firm that a deal will make.
var futureEntities = WordSet("combined merged enlarged")

// bindsOther returns the object of an active "commit" that binds it to act
// ("the deal commits both sides to publish a survey", "the contract commits
// the firm to hire 200 staff"): the party pledged, or -1. A sum committed
// to a purpose binds no one. The parser may hang the infinitive on the
// object.
func bindsOther(s *syntax.Sentence, i int) int {
	if s.Words[i].Lemma != "commit" || passiveVerb(s, i) {
		return -1
	}
	k := firstChild(s, i, "obj")
	if k < 0 || k < i || reflexives[lower(s.Words[k].Form)] || committedWrong(s, i) || amount(s, k) { // "that both sides had committed to": a word before the verb is bound by nothing; "committed $250,000 to cover costs" binds no one
		return -1
	}
	for _, v := range append(s.ChildrenWith(i, "xcomp", "advcl"), s.ChildrenWith(k, "acl")...) {
		if toMarked(s, v) && s.Words[v].UPOS == "VERB" && s.Words[v].Rel != "acl:relcl" {
			return k // not "committed 800 million pounds, of which 200 million is to be paid next year"
		}
	}
	return -1
}

// agreementBinds reports whether the subject of a "commit" that binds
// another is an agreement ("The agreement commits the coalition to a
// referendum"), or "it" or "this" that stands for one ("It commits both
// sides to halt offensive operations").
func agreementBinds(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj")
	if k < 0 {
		return false
	}
	w := s.Words[k]
	return commitNouns[lower(w.Lemma)] == briefing.StatusAgreed || w.UPOS == "PRON" && (lower(w.Form) == "it" || lower(w.Form) == "this")
}

// boundBy reports whether verb i says its subject is bound by something
// ("it is bound by the treaty"): an obligation it accepts, unless denied.
func boundBy(s *syntax.Sentence, i int) bool {
	return s.Words[i].Lemma == "bind" && passiveVerb(s, i) && len(agentOf(s, i)) > 0 &&
		firstChild(s, i, "nsubj:pass") >= 0 && !negated(s, i)
}

// pricedDeal reports whether verb i buys or sells for a stated price ("is
// to buy May for $11bn"): terms already agreed.
func pricedDeal(s *syntax.Sentence, i int) bool {
	if !dealVerbs[s.Words[i].Lemma] || firstChild(s, i, "obj") < 0 {
		return false
	}
	for _, k := range caseChildren(s, i, "for") {
		if amount(s, k) {
			return true
		}
	}
	return false
}

// dealVerbs buy or sell a firm or a stake.
var dealVerbs = WordSet("buy acquire sell purchase")

// nobody reports whether the actors are denied ("neither side has made an
// offer", "no country signed"): then nobody committed to anything.
func nobody(s *syntax.Sentence, actors []int) bool {
	for _, h := range actors {
		if hasChildLemma(s, h, denials, "det", "cc", "advmod") || notAll(s, h) {
			return true // "Not all nations along the route have signed on": who has not acted is left unsaid
		}
		if f, _ := phrase(s, h); f > 0 && denials[lower(s.Words[f-1].Form)] { // the parser hung "neither" elsewhere
			return true
		}
	}
	return false
}

// polled reports whether clause i, of the given actors, is what a share
// of the people a survey asked would do, as its subject or as the ones
// who say it: a finding, not a party's commitment.
func polled(s *syntax.Sentence, i int, actors []int) bool {
	for _, h := range actors {
		if shareOf(s, h) {
			return true
		}
	}
	v := reportingVerb(s, i)
	return v >= 0 && shareOf(s, firstChild(s, v, "nsubj"))
}

// shareOf reports whether word k heads a share of a group ("50% of those
// questioned", "a third of users", "the majority of respondents").
func shareOf(s *syntax.Sentence, k int) bool {
	if k < 0 {
		return false
	}
	w := s.Words[k]
	return (w.Form == "%" || shareNouns[lower(w.Lemma)]) && ofChild(s, k)
}

// ofChild reports whether word k has a phrase with "of" under it.
func ofChild(s *syntax.Sentence, k int) bool {
	for _, c := range s.ChildrenWith(k, "nmod") {
		if hasChildLemma(s, c, WordSet("of"), "case") {
			return true
		}
	}
	return false
}

// judgedSo reports whether verb i, deciding, takes a clause that only says
// what something is ("decided the cost was too high"), with no act and no
// modal: a judgement reached, not a decision to act.
func judgedSo(s *syntax.Sentence, i int) bool {
	if s.Words[i].Lemma != "decide" || firstChild(s, i, "xcomp") >= 0 {
		return false
	}
	c := firstChild(s, i, "ccomp")
	return c >= 0 && s.Words[c].UPOS != "VERB" && firstChild(s, c, "cop") >= 0 && firstChild(s, c, "aux") < 0
}

// yetTo reports whether verb i is an act still to be done, "yet to" after
// "has" or "is" ("has yet to sign", "is yet to approve").
func yetTo(s *syntax.Sentence, i int) bool {
	return hasChildLemma(s, i, WordSet("yet"), "advmod") && hasChildLemma(s, i, WordSet("to"), "mark") &&
		(hasChildLemma(s, i, WordSet("have"), "aux") || hasChildLemma(s, i, WordSet("be"), "cop", "aux"))
}

// notYet reports whether denied verb i is done "not yet" in the perfect
// ("the proposal has not yet been adopted"): pending, no refusal.
func notYet(s *syntax.Sentence, i int) bool {
	return hasChildLemma(s, i, WordSet("yet"), "advmod") && hasChildLemma(s, i, WordSet("have"), "aux")
}

// shareNouns name a part of a group of people.
var shareNouns = WordSet("percent proportion share majority minority third quarter half fifth tenth")

// denials open a subject that names nobody.
var denials = WordSet("no neither none")

// settleStatus sets the status from negation, modality and a condition,
// and reports false when the clause commits to nothing after all: a
// denied refusal, or a "would" that neither reports speech nor hangs on a
// condition. The rule:
//   - a condition (see conditionOf: if, unless, until or before a clause
//     after a denied act, once, as long as, provided, on condition that,
//     subject to, in return for, an inverted "should") makes any status
//     conditional, whatever the verb, its negation or its modal: "would
//     not release them until the charges were dropped", "has offered 50m
//     on condition that others match it";
//   - a denied act is refused ("will not withdraw the bill", "would not
//     appeal"): the party declines an act at issue, as "declined to"
//     does; a denied act that harms or takes from others, or gives in, is
//     restraint promised, pledged ("will not cut jobs", "would not oppose
//     the hearing"); see restraint;
//   - may, might, could offer: proposed; will or would with a giving or
//     guarantee: pledged; otherwise the verb's own status, an offer to
//     come ("will offer") being intended.
func settleStatus(s *syntax.Sentence, c *clause, modal string) bool {
	i := c.pred
	neg := negated(s, i) || modal == "wo" || notReady(s, i) || c.measure && deniedSubject(s, i) || choseNotTo(s, i) ||
		c.status != briefing.StatusRefused && noneToMake(s, firstChild(s, i, "obj")) // "would sign no deal"; a noun clause of "no pledge" is a refusal already
	if neg && (idleComplements[withParticle(s, i)] || idleComplements[s.Words[i].Lemma] && hasChildLemma(s, i, WordSet("on"), "compound:prt")) && !talksOn(s, i) {
		return false // "would not comment further", "would not comment on whether": a refusal to comment, no refusal of a commitment
	}
	if neg && wishVerbs[s.Words[i].Lemma] {
		return false // "we don't want to strike": a wish, no refusal
	}
	if yetTo(s, i) || neg && notYet(s, i) {
		return false // "China has yet to sign an agreement", "the proposal has not yet been adopted": an act not done yet, neither done nor refused
	}
	if judgedSo(s, i) {
		return false // "decided the cost was too high": a judgement, no decision to act
	}
	switch {
	case willModals[modal] && underTerms(s, i):
		c.status = briefing.StatusAgreed // "Under the agreement, rebel fighters will withdraw": a term agreed
	case modal == "shall" && !neg && c.cond < 0 && !firstPersonSubject(s, i):
		c.status = briefing.StatusAgreed // "The Parties shall exchange information": an obligation the text lays down
	case modal == "would" && !text.Reported(s, i) && (attributionVerb(s, i) < 0 || quotedWord(s, i) && !text.RelIs(s.Words[i].Rel, "ccomp")) && c.cond < 0 && !assuredTo(s, i, modal):
		if !neg || idleComplements[s.Words[i].Lemma] && !talksOn(s, i) {
			return false // "it would cut jobs": a supposition; "would not comment"
		}
		c.status = briefing.StatusRefused // "Tehran would not discuss its missile programme"
	case neg && modal != "" && modal != "other" && standsAgainst[s.Words[i].Lemma]:
		c.status = briefing.StatusPledged // "would not oppose a fast-track hearing": restraint promised
	case neg && talksOn(s, i), neg && s.Words[i].Lemma == "negotiate":
		c.status = briefing.StatusRefused // "will not negotiate with them"
	case neg && c.status == briefing.StatusRefused:
		return false
	case notReady(s, i):
		c.status = briefing.StatusRefused // "is not going to sign it", "is not prepared to sign it": no act denied, a refusal
	case neg && c.status == briefing.StatusSigned && modal == "" && !keptFromSigning(s, i):
		return false // "has never ratified it": an act not done, no refusal
	case neg && modal != "" && !c.strong && ((c.measure && !paid(s, i) || restraint(s, i)) && commitVerbs[s.Words[i].Lemma].kind == 0 || renunciations[s.Words[i].Lemma]):
		c.status = briefing.StatusPledged // "will not cut jobs", "would not seek to recover the cost"
	case headLemmaIs(s, i, "fail") && text.RelIs(s.Words[i].Rel, "xcomp"):
		return false // "the cabinet failed to agree on the budget": talks without an outcome, no refusal
	case neg:
		c.status = briefing.StatusRefused
	case mayModals[modal] && c.status != briefing.StatusRefused:
		c.status = briefing.StatusProposed
	case (willModals[modal] || modal == "would") && assures(s, i):
		c.status = briefing.StatusPledged // "would guarantee the safety of aid workers", "would give 3.2bn crowns"
	case (willModals[modal] || modal == "would") && c.strong: // "said the deal would be signed in March"
		c.status = briefing.StatusIntends
	case willModals[modal] && (quotedFirstPerson(s, c.actors) || quotedEveryOne(s, i)) && c.status != briefing.StatusRefused && s.Words[i].XPOS != "VBG": // "“We will offer the vaccine free of charge”": the speaker's promise
		c.status = briefing.StatusPledged
	case willModals[modal] && c.status == briefing.StatusProposed: // "will offer contracts next year": an offer to come
		c.status = briefing.StatusIntends
	case c.strong && s.Words[i].Head >= 0 && forecastHead(s, s.Words[i].Head):
		c.status = briefing.StatusIntends
	}
	if c.cond >= 0 && !(c.status == briefing.StatusProposed && delayedUntil(s, i, c.cond)) {
		c.status = briefing.StatusConditional // not "proposed delaying the decision until a consultation had been held": the proposal holds
	}
	return true
}

// delayedUntil reports whether the clause at k tells until when the
// complement of verb i puts an act off ("proposed delaying the decision
// until a consultation had been held", also with the parse hanging
// "until" on "proposed"): what is proposed, not a case the proposal
// holds in.
func delayedUntil(s *syntax.Sentence, i, k int) bool {
	if !hasChildLemma(s, k, WordSet("until till"), "mark") {
		return false
	}
	for _, c := range s.ChildrenWith(i, "xcomp", "ccomp", "obj") {
		if delayVerbs[lemmaOf(s.Words[c])] && (s.Dominates(c, k) || s.Words[k].Head == i) {
			return true
		}
	}
	return false
}

// delayVerbs put an act off until something happens.
var delayVerbs = WordSet("delay postpone defer suspend pause halt freeze")

// habitual reports whether verb i, in the simple present, tells what
// any member of a kind does ("Every operator promises a clean exit"): a
// habit of a kind, no one's commitment.
func habitual(s *syntax.Sentence, i int, actors []int) bool {
	if x := s.Words[i].XPOS; x != "VBZ" && x != "VBP" || len(actors) == 0 {
		return false
	}
	for _, h := range actors {
		if !hasChildLemma(s, h, WordSet("every any"), "det") {
			return false
		}
	}
	return true
}

// notAll reports whether the phrase headed by word k is quantified by
// "not all" or "not every", or is "not everyone": some of its members have
// not done the act, and the text does not say which.
func notAll(s *syntax.Sentence, k int) bool {
	d := firstChild(s, k, "det")
	n := firstChild(s, k, "advmod")
	if n >= 0 && n < k && lower(s.Words[n].Form) == "not" && everyone[lower(s.Words[k].Form)] {
		return true // "Not everyone has signed"
	}
	return d >= 0 && n >= 0 && n < d && lower(s.Words[n].Form) == "not" && (lower(s.Words[d].Form) == "all" || lower(s.Words[d].Form) == "every")
}

// everyone are the pronouns for all the people of a set.
var everyone = WordSet("everyone everybody all")

// quotedFirstPerson reports whether the actor is a quoted "we" or "I" ("\"We
// will honour the deal,\" he said"): a will in the speaker's own words is a
// pledge.
func quotedFirstPerson(s *syntax.Sentence, actors []int) bool {
	for _, h := range actors {
		if f := lower(s.Words[h].Form); (f == "we" || f == "i") && quotedWord(s, h) {
			return true
		}
	}
	return false
}

// phrasalLemma returns the lemma of verb i with its particle when it has
// one ("turn down"), else its lemma.
func phrasalLemma(s *syntax.Sentence, i int) string {
	if l := withParticle(s, i); l != s.Words[i].Lemma && commitVerbs[l] != (predicate{}) {
		return l
	}
	return lemmaOf(s.Words[i])
}

// withParticle returns the lemma of verb i with its particle, if any
// ("back down" is not "back").
func withParticle(s *syntax.Sentence, i int) string {
	if k := firstChild(s, i, "compound:prt"); k > i {
		return s.Words[i].Lemma + " " + lower(s.Words[k].Form)
	}
	for k := i + 2; k < len(s.Words) && k < i+8; k++ {
		f := lower(s.Words[k].Form)
		if !verbParticles[f] && f != "on" {
			continue
		}
		if s.Words[k].Head == i && text.RelIs(s.Words[k].Rel, "advmod") || text.RelIs(s.Words[k].Rel, "case") && k+1 < len(s.Words) &&
			s.Words[k+1].UPOS == "ADP" && s.Words[k].Head >= 0 && s.Words[s.Words[k].Head].Head == i {
			return s.Words[i].Lemma + " " + f // "pass the fee on to customers": the particle after the object, read as an adverb or a preposition
		}
	}
	if k := i + 1; k < len(s.Words) && verbParticles[lower(s.Words[k].Form)] && (s.Words[k].Head == i ||
		text.RelIs(s.Words[k].Rel, "case") && s.Words[k].Head > k && s.Words[s.Words[k].Head].Head == i) {
		return s.Words[i].Lemma + " " + lower(s.Words[k].Form) // the parser read the particle as an adverb or a preposition
	}
	return s.Words[i].Lemma
}

// verbParticles complete a phrasal verb.
var verbParticles = WordSet("down up out off away")

// lemmaOf returns a word's lemma, reading the adjective "committed" as the
// verb.
func lemmaOf(w syntax.Word) string {
	if w.UPOS == "ADJ" && (w.Lemma == "committed" || w.Lemma == "commit") {
		return "commit"
	}
	return w.Lemma
}

// takesComplement reports whether a commitment verb has what it needs:
// agreeing to or on something, not only with someone; signing, not
// signing up; committing oneself, not a crime; an intention to do
// something other than comment or be.
func takesComplement(s *syntax.Sentence, i int, p predicate) bool {
	xcomp := toComplement(s, i)
	if xcomp >= 0 && hasChildLemma(s, xcomp, questionWords, "mark", "advmod") {
		xcomp = -1 // "has not decided whether to send troops": a question still open
	}
	idle := xcomp >= 0 && (idleComplements[s.Words[xcomp].Lemma] && !talksOn(s, xcomp) && !offeredExclusion(s, i, xcomp) && !helpsAct(s, xcomp) ||
		passiveVerb(s, xcomp))
	obj := firstChild(s, i, "obj", "iobj") >= 0
	ccomp := firstChild(s, i, "ccomp") >= 0 && !asked(s, firstChild(s, i, "ccomp"))
	if committedWrong(s, i) || xcomp >= 0 && committedWrong(s, xcomp) {
		return false // "committed fraud", "agreed to commit perjury": a wrong done or plotted
	}
	if withdrawals[withParticle(s, i)] {
		return hasCase(s, i, "of", "from") // "opted out of the auction"
	}
	switch lemmaOf(s.Words[i]) {
	case "sign": // "signed up to the pact", not "sign in", nor "the doctors sign him off": a person released from work or training
		return (!hasChildLemma(s, i, WordSet("up in"), "compound", "advmod") || hasChildLemma(s, i, WordSet("up"), "compound:prt") && hasCase(s, i, "to")) &&
			!(hasChildLemma(s, i, WordSet("off"), "compound:prt") && firstChild(s, i, "obj") >= 0 && s.Words[firstChild(s, i, "obj")].UPOS == "PRON")
	case "seek": // "is seeking to cut its debt", not "sought to halt the auction"
		return (xcomp >= 0 && !idle || plannedEvent(s, i)) && !attemptTold(s, i)
	case "offer": // "offered to sell", "offers $2bn", not "the bank offers loans"
		return !habitualOffer(s, i) && (xcomp >= 0 && !idle || obj || ccomp || gapObject(s, i) >= 0)
	case "agree": // "agreed that troops would withdraw", not "agreed that the figures were strong"
		return xcomp >= 0 || ccomp && !statedView(s, firstChild(s, i, "ccomp")) || obj || hasCase(s, i, "to", "on", "upon") || agreedByAgent(s, i)
	case "commit":
		k := firstChild(s, i, "obj")
		return xcomp >= 0 || hasCase(s, i, "to") || hasChildLemma(s, i, reflexives, "obj") || bindsOther(s, i) >= 0 ||
			k >= 0 && amount(s, k) // "committed €400m"
	case "undertake":
		return xcomp >= 0
	case "accept": // "accepted changes to rostering"; an offer or a deal accepted is the noun's commitment
		k := firstChild(s, i, "obj")
		if g := gapObject(s, i); g >= 0 {
			k = g // "a condition the leaders accepted"
		}
		return k >= 0 && acceptedTerms[s.Words[k].Lemma] || k < 0 && acceptedOffer(s, i)
	case "expect", "want": // "expect to sign", not "expect waiting lists to grow" misread, nor "expects to double sales"
		if lemmaOf(s.Words[i]) == "expect" && negated(s, i) {
			return false // "did not expect to cut jobs": a forecast, no refusal
		}
		return xcomp >= 0 && toMarked(s, xcomp) && !idle && !obj && !nounBetween(s, i, xcomp) &&
			!(lemmaOf(s.Words[i]) == "expect" && expectedOutcome(s, xcomp)) && !speakerMove(s, i, xcomp) && !learningVerbs[s.Words[xcomp].Lemma]
	case "vote": // "voted to extend the mission", not "voted 5-2 to hold"; "voted against the bill"
		return xcomp >= 0 && !idle && action(s, xcomp) || votedAgainst(s, i) || votedInFavour(s, i)
	case "threaten": // "threatened legal action", "threatened to sue", not "threatened critics"
		k := firstChild(s, i, "obj")
		return xcomp >= 0 && !idle || k >= 0 && threats[s.Words[k].Lemma]
	case "decline", "refuse": // "declined the offer", not "profits may decline this year"
		k := firstChild(s, i, "obj", "iobj")
		return xcomp >= 0 && !idle || k >= 0 && !spentTime(s.Words[k]) || ccomp || bareRefusal(s, i)
	case "consider": // "will consider raising prices", not "considered it software piracy"
		k := firstChild(s, i, "csubj", "ccomp")
		return xcomp >= 0 && !idle && s.Words[xcomp].UPOS == "VERB" || gerundAfter(s, i) >= 0 || k > i && !hasChildLemma(s, k, WordSet("if whether that"), "mark") ||
			obj && negated(s, i) && !judgedAs(s, i) // "will not consider an increase until …": a refusal, not "does not consider the game to be real"
	}
	switch p.kind {
	case predStrong:
		return xcomp >= 0 || ccomp || obj || hasCase(s, i, "to") || strandedObject(s, i) || quotedPromise(s, i) || agreedByAgent(s, i)
	case predIntent:
		return xcomp >= 0 && !idle || ccomp && lemmaOf(s.Words[i]) == "decide" || plannedEvent(s, i)
	}
	return xcomp >= 0 && !idle || obj || ccomp || gapObject(s, i) >= 0 || gerundAfter(s, i) >= 0
}

// gerundAfter returns the verb in -ing right after verb i or its particle,
// which names what is refused, offered or weighed however the parser hung
// it ("ruled out using carbon offsets", "considering raising prices"), or
// -1.
func gerundAfter(s *syntax.Sentence, i int) int {
	k := i + 1
	if k < len(s.Words) && s.Words[k].Head == i && s.Words[k].Rel == "compound:prt" {
		k++ // "ruled out"
	}
	if k < len(s.Words) && s.Words[k].XPOS == "VBG" {
		return k
	}
	return -1
}

// agreedByAgent reports whether verb i is a passive whose subject is what
// was agreed, pledged or guaranteed and whose "by" phrase names who did it
// ("A ceasefire was agreed by both sides", "Funding of $50m has been
// pledged by the bank"): the subject stands for the object of the act.
func agreedByAgent(s *syntax.Sentence, i int) bool {
	return firstChild(s, i, "nsubj:pass") >= 0 && len(agentOf(s, i)) > 0
}

// quotedPromise reports whether verb i has, right after it, a clause with
// a subject and a modal of its own that the parser hung beside it instead
// of under it ("promised that 'nobody will be left behind'"): what is
// promised.
func quotedPromise(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "parataxis") {
		if k > i && s.Words[k].UPOS == "VERB" && firstChild(s, k, "nsubj", "nsubj:pass") >= 0 && modalOf(s, k) != "" &&
			!text.ReportVerbs[s.Words[k].Lemma] {
			return true
		}
	}
	return false
}

// acceptedTerms are what one agrees to by accepting them, where accepting
// a verdict, a defeat or the blame agrees to nothing.
var acceptedTerms = WordSet("change term condition cut demand compromise reduction increase rise freeze limit cap " +
	"restriction requirement recommendation remedy undertaking concession cessation")

// acceptedOffer reports whether verb i, an "accept" with no object, is
// joined to the offer it accepts ("They have offered two aircraft, and we
// have accepted"): the offer agreed.
func acceptedOffer(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Head < 0 || !text.RelIs(w.Rel, "conj", "parataxis") || negated(s, i) || firstChild(s, i, "xcomp", "ccomp", "obl") >= 0 {
		return false
	}
	h := s.Words[w.Head]
	return (h.Lemma == "offer" || h.Lemma == "propose") && h.UPOS == "VERB" && firstChild(s, w.Head, "obj") >= 0
}

// threats are what one threatens to take against another, which commits
// one to it should the other not yield.
var threats = WordSet("action strike sanction sanctions lawsuit suit veto walkout boycott tariff tariffs retaliation " +
	"resignation measure measures")

// strandedObject reports whether verb i, in the past tense with a
// subject of its own, is followed right away by an amount or a noun that
// the parser hung elsewhere ("while Germany promised €1bn over three
// years", read as a modifier of "years"): its object all the same.
func strandedObject(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.XPOS != "VBD" || firstChild(s, i, "nsubj") < 0 || i+1 >= len(s.Words) {
		return false
	}
	next := s.Words[i+1]
	return next.Head != i && (next.UPOS == "NUM" || strings.ContainsAny(next.Form, "$£€¥"))
}

// lifeSpans are spans of a life one spends somewhere ("the rest of his
// life", "his remaining years").
var lifeSpans = WordSet("rest life remainder")

// judgedEffects tell how well a thing will do, no act anyone plans:
// "sanctions would not work", "the fines would hurt", "the target would
// be missed".
var judgedEffects = WordSet("work succeed fail miss hurt harm damage backfire benefit matter bite")

// phaseVerbs begin, go on with or resume what their complement does: an
// intention when the actor says so, else most often a forecast ("the fund
// will begin to require cash returns").
var phaseVerbs = WordSet("begin start continue resume")

// timeNouns measure time.
var timeNouns = WordSet("second minute hour day week month year decade time while")

// objectActs are verbs that happen or state without an object and act
// with one ("prices will drop", "will drop the charges"; "will do well",
// "will do everything we can"; "it will help", "would help its members").
var objectActs = WordSet("drop ease")

// lightActs are verbs of doing in general: with an object and a subject
// that can act, an act ("we will do everything we can", "the union would
// help its members"); with a thing or a happening for subject, an effect
// ("the planes will help cut costs").
var lightActs = WordSet("do help")

// causatives act when they bring their object to a state ("will get the
// plant running", "will not make anyone redundant"), where with an object
// alone they mostly tell what befalls the subject ("will get $2bn", "will
// make a loss").
var causatives = WordSet("make get")

// judgedAs reports whether verb i ("consider") says what its object is
// judged to be: a complement that is no verb of an act, or one with a
// copula ("considers the game (to be) real").
func judgedAs(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "xcomp") {
		if s.Words[k].UPOS != "VERB" || firstChild(s, k, "cop") >= 0 {
			return true
		}
	}
	return false
}

// helpsAct reports whether verb i is "help" with a verb of an act for its
// complement ("offered to help trace the wallets"), where "declined to
// help" alone commits to nothing.
func helpsAct(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "xcomp")
	return s.Words[i].Lemma == "help" && k >= 0 && s.Words[k].UPOS == "VERB" && action(s, k)
}

// causes reports whether verb i is a verb of doing with an object, or a
// causative with an object and, after it, the state it brings the object
// to: a complement of the verb, or an adjective the parser hung on the
// object.
func causes(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "obj")
	if !causatives[s.Words[i].Lemma] && !lightActs[s.Words[i].Lemma] || k < 0 {
		return false
	}
	if lightActs[s.Words[i].Lemma] {
		return true
	}
	for _, c := range append(s.ChildrenWith(i, "xcomp"), s.ChildrenWith(k, "amod")...) {
		if c > k && (s.Words[c].UPOS == "ADJ" || text.RelIs(s.Words[c].Rel, "xcomp")) {
			return true
		}
	}
	return false
}

// reducedRelative reports whether verb i is a participle that describes
// the noun before it, which the parser read as the verb's subject: "the
// price agreed was lower", where a form of "be" right after the verb
// belongs to another head.
func reducedRelative(s *syntax.Sentence, i int) bool {
	if i+1 >= len(s.Words) || s.Words[i].XPOS != "VBD" && s.Words[i].XPOS != "VBN" {
		return false
	}
	b := s.Words[i+1]
	return b.Lemma == "be" && b.UPOS == "AUX" && b.Head != i && b.Head > i+1 && firstChild(s, i, "obj", "xcomp") < 0
}

// noOneActs reports whether active verb i has a subject that names no one
// ("none of the bigger broadcasters would ever do this", "no bank will
// lend to them"): a claim about others, which no party undertakes.
func noOneActs(s *syntax.Sentence, i int) bool {
	return !passiveVerb(s, i) && firstChild(s, i, "nsubj") >= 0 && deniedSubject(s, i)
}

// deniedActs are verbs that commit to nothing when done ("will discuss",
// "will wait") but do when denied: "would not discuss its missile
// programme" refuses talks, "will not wait for the next attack" pledges to
// act.
var deniedActs = WordSet("negotiate wait")

// deniedAct reports whether verb i, after modal, is such a denial.
func deniedAct(s *syntax.Sentence, i int, modal string) bool {
	return (negated(s, i) || modal == "wo") && (deniedActs[s.Words[i].Lemma] || talksOn(s, i))
}

// talksOn reports whether "discuss" at k names what is discussed ("refused
// to discuss the status of the valley"): a refusal to negotiate, not to
// comment ("declined to discuss the matter"). Giving evidence to an
// inquiry is no comment either ("declined to give evidence in person"),
// nor is giving others something of substance ("refused to give fans a
// seat on the board"); giving details, figures or a name is.
func talksOn(s *syntax.Sentence, k int) bool {
	obj := firstChild(s, k, "obj")
	switch {
	case obj < 0:
		return false
	case s.Words[k].Lemma == "give":
		return testimony[s.Words[obj].Lemma] || s.Words[obj].UPOS == "NOUN" && !toldThings[s.Words[obj].Lemma]
	}
	return s.Words[k].Lemma == "discuss" && s.Words[obj].UPOS != "PRON" && !idleTopics[s.Words[obj].Lemma]
}

// testimony is what a witness gives an inquiry or a court.
var testimony = WordSet("evidence testimony")

// toldThings are what one gives by telling: declining to give them is
// declining to comment.
var toldThings = WordSet("detail figure number name reason explanation interview comment information indication statement " +
	"account answer update estimate breakdown timetable timeline date view opinion assessment specific")

// idleTopics are what one declines to discuss with the press.
var idleTopics = WordSet("matter detail specific case report claim issue speculation figure term")

// action reports whether verb i does something its subject can commit to
// ("will cut", "will take legal action", "will take over", "will go
// after the money"), not a state or a happening ("will rise", "will take
// years", "will go to Paris").
func action(s *syntax.Sentence, i int) bool {
	if deniesIntent(s, i) {
		return true // "to deny a request to rezone": refusing what was asked
	}
	if s.Words[i].Lemma == "take" {
		k := firstChild(s, i, "obj")
		return k >= 0 && (takenActions[s.Words[k].Lemma] || takenOffices[s.Words[k].Lemma] || takenPeople[s.Words[k].Lemma] || partOfOffices(s, k)) ||
			hasChildLemma(s, i, WordSet("over in"), "advmod", "compound:prt") || takeOverMisread(s, i) || // "will take over (security)", "will take in 2,000 migrants"
			k >= 0 && takesAway(s, i, k) || // "will take the cameras down"
			undertakes(s, i) // "will take the case to the tribunal"
	}
	if s.Words[i].Lemma == "go" && (hasCase(s, i, "after") || goesToForum(s, i) || goesAheadWith(s, i)) {
		return true // "we will go after every penny": pursue it; "we will go to court": sue; "will go ahead with the purchase": proceed
	}
	if keepsBeing(s, i) {
		return false // "we are going to carry on being slaves": a state kept, no act
	}
	if madeAct(s, i) {
		return true // "no compulsory redundancies would be made": the acts themselves, made by the subject's party
	}
	if s.Words[i].Lemma == "do" && hasChildLemma(s, i, WordSet("what"), "obj") {
		return false // "What the City will do": a heading over the acts, none itself
	}
	if gives(s, i) || lookInto(s, i) || staysInOffice(s, i) || undertakes(s, i) || raisesMeans(s, i) {
		return true // "will make a contribution", "would look at it", "will stay on as caretaker", "will begin distributions", "would find £50m of savings"
	}
	if completions[s.Words[i].Lemma] && firstChild(s, i, "obj") < 0 {
		return false // "the deal is expected to conclude by June": when it ends, not an act
	}
	if k := firstChild(s, i, "xcomp"); k >= 0 && phaseVerbs[s.Words[i].Lemma] {
		return (text.Reported(s, i) || quotedWord(s, i) || attributionVerb(s, i) >= 0 || firstPersonSubject(s, i) && s.Words[k].UPOS == "VERB") && action(s, k) || (namedSubject(s, i) || actingBodySubject(s, i)) && (gives(s, k) || assures(s, k)) // "said it would continue to investigate", "China will continue to support Kenya, he said", "We will continue to invest", "The Ministry will continue to provide support", "Government will continue to honour all obligations"; not "will continue to rise", "The US will continue to drive expansion"
	}
	if k := firstChild(s, i, "obj"); k >= 0 && phaseVerbs[s.Words[i].Lemma] && campaignNouns[s.Words[k].Lemma] {
		return true // "would continue its boycott of the club shop", "will resume the strike"
	}
	if k := firstChild(s, i, "obj"); k >= 0 && objectActs[s.Words[i].Lemma] || causes(s, i) && agentSubject(s, i) {
		return true // "will drop the charges", not "prices will drop"
	}
	if helpsAct(s, i) && agentSubject(s, i) {
		return true // "the council will help fund the school", not "the planes will help cut costs"
	}
	if s.Words[i].Lemma == "vote" && votesOnMotion(s, i) && !beTo(s, i) {
		return false // "will vote on the deal", "residents will vote on May 19": a ballot to come, not its outcome; "is to vote on it" is the body's own schedule
	}
	if s.Words[i].Lemma == "hold" && firstChild(s, i, "obj") < 0 && withParticle(s, i) != "hold off" {
		return false // "the truce will hold", "voted to hold": a state kept, no act; "will hold off on sanctions" refrains
	}
	if s.Words[i].Lemma == "lead" && hasCase(s, i, "to") {
		return false // "will lead to job losses"
	}
	if k := firstChild(s, i, "obj"); k >= 0 && s.Words[i].Lemma == "spend" && (timeNouns[s.Words[k].Lemma] || lifeSpans[s.Words[k].Lemma]) {
		return false // "is expected to spend the next few weeks examining", "will spend the rest of his life in prison": time passing, not money spent
	}
	if k := firstChild(s, i, "obj"); k >= 0 && s.Words[k].Lemma == "trial" {
		return false // "will stand trial": what befalls a defendant
	}
	if k := firstChild(s, i, "obj"); k >= 0 && meetingNouns[s.Words[k].Lemma] && (expectedOf(s, i) || !convenes[s.Words[i].Lemma]) && !negated(s, i) {
		return false // "is expected to hold talks", "will start the meeting": an appointment; "would hold a meeting" announces one, "would not reopen talks" refuses them
	}
	if changeVerbs[s.Words[i].Lemma] && firstChild(s, i, "obj") < 0 {
		return false // "the number of users will increase": a change that happens to its subject
	}
	return !nonActions[s.Words[i].Lemma] && !phrasalHappenings[withParticle(s, i)]
}

// madeActs are acts that are "made" by those who do them ("redundancies
// will be made", "payments will be made"): "make" with one of them is the
// act, not a verb of no act.
var madeActs = WordSet("redundancy cut payment change investment improvement repair reduction saving")

// madeAct reports whether verb i is "make" in the passive with one of the
// madeActs for its subject.
func madeAct(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj:pass")
	return s.Words[i].Lemma == "make" && k >= 0 && madeActs[s.Words[k].Lemma]
}

// goesAheadWith reports whether "go" at i is "go ahead with" something:
// to proceed with an act ("will go ahead with the purchase"), unlike a
// strike or an event that goes ahead ("will go ahead at the park with the
// stand shut").
func goesAheadWith(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "advmod", "compound:prt") {
		if lower(s.Words[k].Form) == "ahead" && k+1 < len(s.Words) && lower(s.Words[k+1].Form) == "with" {
			return true
		}
	}
	return false
}

// takeOverMisread reports whether "take" at i is followed by an "over"
// that the parser hung on the noun after it ("voted to take over the
// running of the network"), not by an amount ("take over 30 minutes").
func takeOverMisread(s *syntax.Sentence, i int) bool {
	if i+2 >= len(s.Words) || lower(s.Words[i+1].Form) != "over" || s.Words[i+1].Head <= i+1 {
		return false
	}
	return s.Words[i+2].UPOS != "NUM" && s.Words[s.Words[i+1].Head].UPOS != "NUM"
}

// changeVerbs act on an object ("will increase its stake") and happen to a
// subject without one ("users will increase").
var changeVerbs = WordSet("increase decrease worsen widen narrow deepen improve change")

// phrasalHappenings are verbs with a particle that happen to their subject
// rather than act ("its food stocks would run out by August", "the talks
// will break down").
var phrasalHappenings = phrasalSet("run_out dry_up wear_off break_down fall_apart")

// gives reports whether verb i gives something to another: a verb of
// giving, or "make" with a gift or a payment for its object ("make a
// contribution"). Not to give is to refuse.
func gives(s *syntax.Sentence, i int) bool {
	if giveVerbs[s.Words[i].Lemma] {
		return true
	}
	k := firstChild(s, i, "obj")
	return s.Words[i].Lemma == "make" && k >= 0 && giftNouns[s.Words[k].Lemma]
}

// raisesMeans reports whether verb i finds or makes the means of an act:
// savings, money, a sum, a buyer or a site ("would find £50m of annual
// savings", "will make savings of £20m", "will find a new venue").
func raisesMeans(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "obj")
	if k < 0 || s.Words[i].Lemma != "find" && s.Words[i].Lemma != "make" {
		return false
	}
	o := s.Words[k]
	return means[lower(o.Lemma)] || s.Words[i].Lemma == "find" && (o.UPOS == "SYM" || o.UPOS == "NUM" || foundNouns[lower(o.Lemma)])
}

// means are the sums an act is paid with.
var means = WordSet("saving savings cut money fund funding cash")

// foundNouns are what one commits to finding for an act: a buyer, a site.
var foundNouns = WordSet("buyer venue site home partner replacement solution way")

// giveVerbs give money, goods or rights to another.
var giveVerbs = WordSet("give provide grant contribute fund lend donate supply")

// giftNouns are what one makes to another: "make a contribution".
var giftNouns = WordSet("contribution payment donation concession investment loan offer")

// guarantees assure another side of something.
var guarantees = WordSet("guarantee ensure")

// assures reports whether verb i guarantees something, keeps faith with
// another side, or gives or spends a sum of money ("would give 3.2bn
// crowns"): said to come, a pledge.
func assures(s *syntax.Sentence, i int) bool {
	if guarantees[s.Words[i].Lemma] || faithVerbs[s.Words[i].Lemma] || redressVerbs[s.Words[i].Lemma] || releases(s, i) || inFull(s, i) {
		return true
	}
	k := firstChild(s, i, "obj", "iobj") // "give $5m" may read the sum as the recipient
	return (giveVerbs[s.Words[i].Lemma] || spendVerbs[s.Words[i].Lemma] && text.Reported(s, i)) && k >= 0 && sumOfMoney(s, k) ||
		providedTo(s, i)
}

// inFull reports whether verb i does its act to the full, as a promise
// says it: "in full", "free of charge" or "to the letter" ("would pay the
// debt in full", "would respect the ceasefire to the letter").
func inFull(s *syntax.Sentence, i int) bool {
	words := make([]string, 0, 8)
	for k := i + 1; k <= rightEnd(s, i); k++ {
		words = append(words, lower(s.Words[k].Form))
	}
	phrase := " " + strings.Join(words, " ") + " "
	return strings.Contains(phrase, " in full ") || strings.Contains(phrase, " free of charge ") || strings.Contains(phrase, " to the letter ")
}

// provisions give, pay or do something for another.
var provisions = WordSet("give provide supply grant issue deliver pay contribute donate")

// redressVerbs make good a loss to those who suffered it: said to come,
// a pledge to them whoever they are ("would refund the full price").
var redressVerbs = WordSet("refund reimburse compensate")

// visitNouns make "pay" a call rather than a payment ("will pay an
// official visit to Brazil", "paid tribute to the victims").
var visitNouns = WordSet("visit call tribute homage respect attention")

// providedTo reports whether verb i gives something to someone named as
// its recipient ("would issue visas to Mission personnel", "will give
// every affected customer a full refund", "would continue to provide
// assistance to Kasundi", "would pay £250 to any family"): said to come,
// a pledge to them. A visit paid is no payment.
func providedTo(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "obj")
	if !provisions[s.Words[i].Lemma] || k < 0 || visitNouns[s.Words[k].Lemma] {
		return false
	}
	return firstChild(s, i, "iobj") >= 0 || len(caseChildren(s, i, "to")) > 0
}

// faithVerbs keep faith with another side: said to come, they assure it of
// one's conduct ("would honour the agreement", "will cooperate
// completely", "will fight the charges").
var faithVerbs = WordSet("honour honor cooperate co-operate fight abide")

// releases reports whether verb i gives up people or remains one holds:
// said to come, a pledge to the other side ("would release 46 detained
// soldiers", "would hand over the remains"). The parser may read "over"
// as a preposition.
func releases(s *syntax.Sentence, i int) bool {
	switch s.Words[i].Lemma {
	case "release", "free":
		return true
	case "hand":
		return i+1 < len(s.Words) && lower(s.Words[i+1].Form) == "over"
	}
	return false
}

// spendVerbs put one's own money into something: with a sum, in what the
// spender says, a pledge ("said it would spend $300 million"); told by the
// story ("the council will spend £2m"), an intention.
var spendVerbs = WordSet("spend invest")

// currencies are the money a sum is counted in.
var currencies = WordSet("dollar euro pound crown krona krone yen yuan franc rupee peso rouble ruble rand real")

// sumOfMoney reports whether word k heads a sum of money ("$5m", "3.2bn
// crowns"), not a count of things ("five patrol vessels").
func sumOfMoney(s *syntax.Sentence, k int) bool {
	if currencies[s.Words[k].Lemma] && firstChild(s, k, "nummod") >= 0 {
		return true
	}
	f, l := phrase(s, k)
	for n := f; n <= l; n++ {
		if strings.ContainsAny(s.Words[n].Form, "$£€¥") {
			return true
		}
	}
	return false
}

// lookInto reports whether verb i looks at or into something ("we would
// look at it", "would look at whether customers had enough notice", the
// parse hanging "at" elsewhere): considering it, an act one can commit to.
func lookInto(s *syntax.Sentence, i int) bool {
	if s.Words[i].Lemma != "look" {
		return false
	}
	return hasCase(s, i, "at", "into") || i+1 < len(s.Words) && lookCases[lower(s.Words[i+1].Form)]
}

// lookCases are the prepositions after "look" that make it considering.
var lookCases = WordSet("at into")

// staysInOffice reports whether verb i stays or remains as the holder of
// a post ("will stay on as caretaker", "will remain as chairman"), or
// says so of staying in it ("said he would stay in post"): a decision to
// serve on, where "will stay in the city", "prices will remain high" or
// the narrator's "the caretaker government will stay in office until …"
// is none.
func staysInOffice(s *syntax.Sentence, i int) bool {
	l := s.Words[i].Lemma
	if l != "stay" && l != "remain" {
		return false
	}
	if len(caseChildren(s, i, "as")) > 0 {
		return true
	}
	if !text.Reported(s, i) {
		return false
	}
	for _, k := range caseChildren(s, i, "in") {
		if heldPosts[s.Words[k].Lemma] {
			return true
		}
	}
	return false
}

// heldPosts are what one stays in when one serves on ("in post", "in
// office", "in the job").
var heldPosts = WordSet("post office job role position charge")

// completions end something; without an object they tell when it ends.
var completions = WordSet("conclude complete close finish end expire")

// agentSubject reports whether verb i has a subject that can act: a
// pronoun, a name or a noun for a party ("it", "Unite", "the union"),
// not a thing or a clause ("the new planes", "replacing the pension").
func agentSubject(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj")
	if k < 0 {
		return false
	}
	w := s.Words[k]
	return w.UPOS == "PRON" && !demonstratives[lower(w.Form)] || w.UPOS == "PROPN" || agentNouns[w.Lemma]
}

// demonstratives point at a thing, not at a party.
var demonstratives = WordSet("this that these those which")

// convenes are the verbs of calling a meeting into being, or back into
// being ("would resume talks"), or of taking one's seat at it ("would
// join the consultations as a third party", "would enter talks").
var convenes = WordSet("hold host call convene organise organize resume reopen restart join enter attend")

// expectedOf reports whether verb i completes a forecast head in the
// passive or after "be" ("is expected to", "is due to"), not one that
// tells the subject's own stance ("is ready to resume talks").
func expectedOf(s *syntax.Sentence, i int) bool {
	h := s.Words[i].Head
	return h >= 0 && text.RelIs(s.Words[i].Rel, "xcomp") && forecastHeads[s.Words[h].Lemma] && !stanceHeads[s.Words[h].Lemma] && passiveOrCopula(s, h)
}

// stanceHeads are the forecast heads that tell the subject's own resolve
// rather than what others foresee of it.
var stanceHeads = WordSet("ready willing prepared prepare determined determine")

// meetingNouns are what one holds or attends: told as expected, an
// appointment others foresee.
var meetingNouns = WordSet("talk meeting discussion negotiation summit conference session hearing consultation")

// takenActions are what one takes as an act ("take legal action").
var takenActions = WordSet("action step measure control part charge over stake")

// takenPeople are the people a state or a body takes in ("is ready to
// take 10,000 asylum seekers").
var takenPeople = WordSet("refugee migrant seeker asylum-seeker evacuee orphan patient prisoner detainee child family")

// takenOffices are the offices and places a party takes under a deal
// ("will take nine of the 16 cabinet posts", "will take the interior
// ministry").
var takenOffices = WordSet("post portfolio ministry seat chair presidency premiership")

// partOfOffices reports whether object k of "take" is a number of the
// offices that takenOffices name ("nine of the 16 cabinet posts").
func partOfOffices(s *syntax.Sentence, k int) bool {
	if s.Words[k].UPOS != "NUM" {
		return false
	}
	for _, n := range s.ChildrenWith(k, "nmod") {
		if takenOffices[s.Words[n].Lemma] {
			return true
		}
	}
	return false
}

// removals are the particles of a "take" that removes or takes back what
// its object names: "will take the cameras down", "would take the land
// back".
var removals = WordSet("down away back off")

// takesAway reports whether "take" i with object k has a particle of
// removal, as a particle or right after the object ("take down the
// cameras", "take the cameras down"); not "take place far away".
func takesAway(s *syntax.Sentence, i, k int) bool {
	if hasChildLemma(s, i, removals, "compound:prt") {
		return true
	}
	_, l := phrase(s, k)
	return l+1 < len(s.Words) && s.Words[l+1].Head == i && removals[lower(s.Words[l+1].Form)]
}

// passiveMeasure reports whether verb i announces a measure in the
// passive without saying who takes it: "taxes will be cut", "spending is
// set to be frozen", "programmes could be axed", "funding is to be
// boosted". The verb must name a measure, and what undergoes it must be a
// thing or a collective, not a person or a name ("he will be sentenced",
// "Yukos will be sold" tell what befalls them), unless a speaker says a
// person will be freed ("Tiani said Salem Bazoum would be freed").
func passiveMeasure(s *syntax.Sentence, i int, modal string) bool {
	w := s.Words[i]
	if !passiveVerb(s, i) || len(personalAgents(s, i)) > 0 || !measureVerbs[w.Lemma] {
		return false
	}
	if permitVerbs[w.Lemma] && firstChild(s, i, "xcomp") >= 0 {
		return false // "pay-TV operators will be allowed to broadcast": a permission whose giver the clause does not name
	}
	for _, k := range s.Children(i) {
		switch x := s.Words[k]; {
		case x.Rel == "nsubj:pass" && (x.UPOS == "PRON" || x.UPOS == "PROPN" || hasChildLemma(s, k, quantifiers, "det")) &&
			!(freeings[w.Lemma] && attributionVerb(s, i) >= 0): // "said Salem Bazoum would be freed": the captor's word
			return false
		}
	}
	if aspectAux(s, i) { // "will have been cut", "is being cut"
		return false
	}
	switch {
	case willModals[modal] || mayModals[modal] && (mayActions[w.Lemma] || madeGift(s, i)) || modal == "would" && attributionVerb(s, i) >= 0:
		return true
	case modal != "":
		return false
	}
	h := w.Head
	return beTo(s, i) || h >= 0 && (text.RelIs(w.Rel, "xcomp") || text.RelIs(w.Rel, "advcl") && toMarked(s, i)) &&
		forecastHead(s, h) && passiveOrCopula(s, h)
}

// freeings free a captive.
var freeings = WordSet("free release pardon")

// madeGift reports whether passive verb i is "make" with a gift or a
// payment for its subject ("a contribution could be made"): an offer.
func madeGift(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj:pass")
	return s.Words[i].Lemma == "make" && k >= 0 && giftNouns[s.Words[k].Lemma]
}

// agentInfinitive reports whether verb i is a passive infinitive with an
// agent that can act ("deals to be led by Gazprom"): what that agent is to
// do.
func agentInfinitive(s *syntax.Sentence, i int) bool {
	return toMarked(s, i) && passiveVerb(s, i) && len(personalAgents(s, i)) > 0
}

// assignedAct reports whether verb i is an infinitive that heads its
// sentence with a subject and no finite verb, as action lists and
// headlines assign an act ("City Manager to sign the KCC contract by June
// 19", "Ryanair to cut 500 jobs"): what that party is to do.
func assignedAct(s *syntax.Sentence, i int) bool {
	if s.Words[i].Head >= 0 || s.Words[i].XPOS != "VB" || !toMarked(s, i) || firstChild(s, i, "aux", "cop") >= 0 {
		return false // "is on course to win": a finite verb rules
	}
	sub := -1
	for _, k := range s.Children(i) {
		if s.Words[k].Rel == "nsubj" {
			sub = k
		}
	}
	if sub < 0 || !text.FirstRuneUpper(s.Words[sub].Form) {
		return false // "China's efforts to stop the economy overheating": a noun phrase, no one assigned
	}
	first, last := phrase(s, sub)
	for k := 0; k < first; k++ {
		if s.Words[k].UPOS != "PUNCT" {
			return false // "Mr Yushchenko - keen to reassure investors": no name alone before the infinitive
		}
	}
	if _, end := s.Subtree(sub); last+2 != i && end+2 == i && s.Words[end].Form == ")" {
		last = end // "The European Investment Bank (EIB) to manage …": the name's acronym in brackets
	}
	if last+2 != i {
		return false
	}
	for k, w := range s.Words {
		if finiteTags[w.XPOS] && (k < i || w.Head == i && firstChild(s, k, "mark", "case") < 0) {
			return false // "GM's plans to build the marque is part of …": a finite verb rules
		}
	}
	return true
}

// finiteTags are the tags of finite verbs.
var finiteTags = WordSet("VBD VBZ VBP MD")

// personalAgents returns the agents of passive verb i that can act: those
// of its "by" phrases that are no sum or amount ("boosted by an extra
// 3.5m euros" names the means).
func personalAgents(s *syntax.Sentence, i int) []int {
	var out []int
	for _, k := range agentOf(s, i) {
		if !amount(s, k) {
			out = append(out, k)
		}
	}
	return out
}

// amount reports whether word k heads a sum or a quantity: a number, a
// noun counted by one ("3.5m euros", "10%"), or a noun for money.
func amount(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	return w.UPOS == "NUM" || firstChild(s, k, "nummod") >= 0 || moneyNouns[w.Lemma] || w.Form == "%" || strings.ContainsAny(w.Form, "$£€¥")
}

// moneyNouns name money without a figure.
var moneyNouns = WordSet("money cash funding fund sum amount budget subsidy grant loan aid")

// measureVerbs name what a government or a firm does to money, rules,
// prices and programmes: the verbs of an announced measure.
var measureVerbs = WordSet("cut raise increase reduce lower double halve freeze offer make give provide pay fund " +
	"spend invest allocate grant lend boost expand extend renew limit cap restrict ban bar allow permit " +
	"introduce impose levy tax lift ease scrap abolish axe end drop phase privatise privatize nationalise " +
	"nationalize sell create establish launch open close shut build set scale target exempt waive subsidise " +
	"subsidize replace relax tighten deploy force help compensate free release honour honor guarantee protect respect " +
	"withdraw backdate ax")

// permitVerbs let someone do what their infinitive says.
var permitVerbs = WordSet("allow permit")

// assurances are measures that keep something safe: announced in the
// passive they pledge ("existing licences will be honoured").
var assurances = WordSet("honour honor guarantee protect respect")

// namesParty reports whether the phrase headed by word h names a party.
func namesParty(s *syntax.Sentence, h int, named func(a, b int) bool) bool {
	f, l := phrase(s, h)
	return named(s.Bytes(f, l))
}

// namedInApposition reports whether the phrase headed by word k has a
// party's name in apposition ("the union's general secretary, Paula
// Drummond,").
func namedInApposition(s *syntax.Sentence, k int, named func(a, b int) bool) bool {
	for _, a := range s.ChildrenWith(k, "appos") {
		if namesParty(s, a, named) {
			return true
		}
	}
	return false
}

// commentators say what will happen without deciding it.
var commentators = WordSet("analyst economist expert observer commentator critic pundit source forecaster")

// commentatorSubject reports whether commentators are the subject of verb
// i ("Legal experts agree that …", "analysts expect"): they judge what will
// happen and commit to nothing. Observers a body owns or names are its
// people ("its observers would monitor", "AU observers").
func commentatorSubject(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj")
	if k < 0 || !commentators[s.Words[k].Lemma] || firstChild(s, k, "nmod:poss") >= 0 {
		return false
	}
	for _, c := range s.ChildrenWith(k, "compound", "amod") {
		if s.Words[c].UPOS == "PROPN" {
			return false
		}
	}
	return true
}

// forecastBy reports whether clause i is what commentators or a study
// say will happen, the complement of their verb of saying, or a guess
// hedged by an adverb.
func forecastBy(s *syntax.Sentence, i int) bool {
	if studied(s, i) || s.Words[i].Head >= 0 && studied(s, s.Words[i].Head) {
		return true
	}
	if h := s.Words[i].Head; h >= 0 && text.RelIs(s.Words[i].Rel, "csubj", "ccomp") && likelihoods[s.Words[h].Lemma] {
		return true // "it is inevitable that older people will mount challenges"
	}
	if predictedBeside(s, i) {
		return true // "Asia is set to drive media growth to 2008, analysts have predicted"
	}
	if hasChildLemma(s, i, hedges, "advmod") {
		return true // "net users will probably play an increasing role"
	}
	if studyBeside(s, i) {
		return true
	}
	v := reportingVerb(s, i)
	if v < 0 {
		return false
	}
	return commentatorSays(s, v)
}

// commentatorSays reports whether the subject of verb of saying v is a
// commentator or a study ("analysts said", "says a report from analysts
// Gartner").
func commentatorSays(s *syntax.Sentence, v int) bool {
	subj := firstChild(s, v, "nsubj")
	return subj >= 0 && (commentators[s.Words[subj].Lemma] || forecastSources[s.Words[subj].Lemma])
}

// studyBeside reports whether a study or a commentator says, beside the
// clause of verb i under the same head, what it tells ("Four times more
// mobiles will be sold …, says a report from analysts Gartner", where the
// parser hung both clauses on a noun).
func studyBeside(s *syntax.Sentence, i int) bool {
	h := s.Words[i].Head
	if h < 0 || !text.RelIs(s.Words[i].Rel, "parataxis") {
		return false
	}
	for _, k := range s.ChildrenWith(h, "parataxis") {
		if k != i && text.ReportVerbs[s.Words[k].Lemma] && commentatorSays(s, k) {
			return true
		}
	}
	return false
}

// predictedBeside reports whether a verb of forecasting is set beside the
// clause of verb i or of the verb it completes (", analysts have
// predicted"): the clause is what someone foresees.
func predictedBeside(s *syntax.Sentence, i int) bool {
	for k, steps := i, 0; k >= 0 && steps < 3; k, steps = s.Words[k].Head, steps+1 {
		for _, p := range s.ChildrenWith(k, "parataxis") {
			if forecastVerbs[s.Words[p].Lemma] {
				return true
			}
		}
	}
	return false
}

// hedges are adverbs that make a clause a guess at what will happen.
var hedges = WordSet("probably likely possibly perhaps maybe presumably")

// forecastVerbs foresee what their clause says.
var forecastVerbs = WordSet("predict forecast project estimate")

// studied reports whether verb i says what will happen "according to" a
// study, a forecast or a commentator ("Turkey would contribute 6bn euros,
// according to an impact study").
func studied(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "obl", "advcl", "nmod") {
		if l := s.Words[k].Lemma; hasChildLemma(s, k, WordSet("according"), "case") && (forecastSources[l] || commentators[l]) {
			return true
		}
	}
	return false
}

// likelihoods judge how likely what they govern is, which makes it a
// forecast.
var likelihoods = WordSet("inevitable likely unlikely certain possible probable impossible bound sure clear expected")

// forecastSources are works that estimate what will happen.
var forecastSources = WordSet("study report survey estimate forecast projection analysis model research paper poll " +
	"assessment review calculation figure")

// personalPronoun reports whether a word is "he", "she", "they" or "we",
// which the rendering resolves to a party or drops.
func personalPronoun(w syntax.Word) bool {
	switch lower(w.Form) {
	case "he", "she", "they", "we":
		return true
	}
	return false
}

// announcer returns the subject of the verb of announcing whose
// complement the passive verb i is ("the government announced that firms
// will be barred"), when it can act, or -1.
func announcer(s *syntax.Sentence, i int, named func(a, b int) bool) int {
	v := attributionVerb(s, i)
	if v < 0 {
		return -1
	}
	if w := s.Words[v]; firstChild(s, v, "nsubj") < 0 && w.XPOS == "VBG" && w.Head >= 0 && text.RelIs(w.Rel, "advcl") {
		v = w.Head // "Armenia rejected the offer, saying prisoners would be freed …": Armenia says it
	}
	if subj := firstChild(s, v, "nsubj"); subj >= 0 && !passiveVerb(s, v) && agentive(s, []int{subj}, named) {
		return subj
	}
	return -1
}

// forecast reports whether verb i is what its subject is set, due or
// ready to do ("the WTO is set to end quotas"); what others expect of it
// is foreseen, none.
func forecast(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	return w.Head >= 0 && text.RelIs(w.Rel, "xcomp") && forecastHead(s, w.Head) && (passiveOrCopula(s, w.Head) || standsReady(s, w.Head)) &&
		action(s, i) && !passiveVerb(s, i) && !feltAbout(s, w.Head)
}

// feltAbout reports whether word h is what someone else is pleased,
// glad or sorry about ("he was pleased the administration was prepared to
// tackle the deficit"): a view of another's stance, not its announcement.
func feltAbout(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	return w.Head >= 0 && text.RelIs(w.Rel, "ccomp") && feelings[s.Words[w.Head].Lemma]
}

// feelings are what a speaker feels about another's act.
var feelings = WordSet("please glad happy delighted relieved disappoint disappointed concern concerned worry worried " +
	"surprise surprised encourage encouraged sorry sad")

// forecastHead reports whether word h is a forecast head, or the "going"
// of "is going to" said of one who can act ("we are going to open the
// border"; not "it is going to rain").
func forecastHead(s *syntax.Sentence, h int) bool {
	return forecastHeads[s.Words[h].Lemma] || goingTo(s, h)
}

// goingTo reports whether word h is the "going" of "is going to" with a
// subject that can act, not a thing pointed at ("it", "this").
func goingTo(s *syntax.Sentence, h int) bool {
	if lower(s.Words[h].Form) != "going" {
		return false
	}
	subj := firstChild(s, h, "nsubj")
	return subj >= 0 && !impersonalSubjects[lower(s.Words[subj].Form)]
}

// impersonalSubjects point at a thing or a state of affairs, not at a party.
var impersonalSubjects = WordSet("it this that these those there which what")

// passiveOrCopula reports whether word h is a passive verb or a predicate
// after "be" ("is expected", "is set", "is due").
func passiveOrCopula(s *syntax.Sentence, h int) bool {
	return passiveVerb(s, h) || hasChildLemma(s, h, WordSet("be"), "cop", "aux")
}

// aspectAux reports whether a modal verb is progressive or perfect ("will
// be marketing", "would have paid"): a forecast, not a decision.
func aspectAux(s *syntax.Sentence, i int) bool {
	for _, k := range s.Children(i) {
		switch x := s.Words[k]; {
		case x.Rel == "aux" && x.Lemma == "have", lower(x.Form) == "being":
			return true
		case x.Rel == "aux" && x.Lemma == "be" && s.Words[i].XPOS == "VBG":
			return true
		}
	}
	return false
}

// keepsBeing reports whether verb i goes on in a state told by a clause
// of "being" with no subject of its own ("carry on being slaves", "keep
// being a partner").
func keepsBeing(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "advcl", "xcomp", "ccomp") {
		if k > i && firstChild(s, k, "nsubj") < 0 && hasChildForm(s, k, "being", "cop", "aux") {
			return true
		}
	}
	return false
}

// hasChildForm reports whether word h has a child with the given form
// under one of the relations.
func hasChildForm(s *syntax.Sentence, h int, form string, rels ...string) bool {
	for _, k := range s.ChildrenWith(h, rels...) {
		if lower(s.Words[k].Form) == form {
			return true
		}
	}
	return false
}

// ownProgressive reports whether verb i is a "will be" progressive whose
// subject is a quoted "we" or "I" ("\"We will be recommending it to our
// members\""), or one in a sentence of its speaker's or writer's own
// words (own: "MORROW: We won't be putting a price cap on gas"): an
// act the speakers have decided on. Of others ("it will be marketing a
// stolen product", "prices will be rising") it is a forecast or a
// description.
func ownProgressive(s *syntax.Sentence, i int, own bool) bool {
	w := s.Words[i]
	if w.XPOS != "VBG" || hasChildLemma(s, i, WordSet("have"), "aux") || passiveVerb(s, i) {
		return false
	}
	subj := firstChild(s, i, "nsubj")
	if subj < 0 {
		return false
	}
	f := lower(s.Words[subj].Form)
	return (f == "we" || f == "i") && (own || quotedWord(s, subj))
}

// toComplement returns the verb that completes verb i with "to" ("agreed
// to cut"): its xcomp, or an adverbial clause marked "to" that the parser
// attached in its place; -1 when there is none.
func toComplement(s *syntax.Sentence, i int) int {
	if k := firstChild(s, i, "xcomp"); k >= 0 {
		return k
	}
	for _, k := range s.ChildrenWith(i, "advcl", "parataxis", "ccomp", "dep") {
		if k > i && toMarked(s, k) {
			return k
		}
	}
	return -1
}

// toMarked reports whether verb k is marked by "to".
func toMarked(s *syntax.Sentence, k int) bool { return s.ToMarked(k) }

// hypothetical reports whether verb i heads a clause that commits to
// nothing yet: "if we sign", "whether to agree", "as long as they agree",
// "when they agree" in the present, or "before they agree" after a clause
// that is not told as past.
func hypothetical(s *syntax.Sentence, i int) bool {
	if end := invertedCondition(s); i < end {
		return true // "Had the government refused our amendments, …": what did not happen
	}
	for k := 0; k < i; k++ {
		if provisoWord(s, k) && provisoClause(s, k) == i {
			return true // "provided the pact is ratified"
		}
	}
	if w := s.Words[i]; w.Head >= 0 && text.RelIs(w.Rel, "xcomp") && hasChildLemma(s, w.Head, hypotheticalMarks, "mark") {
		return true // "if she fails to pass a budget": the condition, not an act
	}
	for _, k := range s.ChildrenWith(i, "mark", "advmod") {
		if asLongAs(s, k) {
			return true // "the offer stands as long as the council agrees to reopen talks"
		}
		switch lower(s.Words[k].Form) {
		case "if", "unless", "whether", "until":
			return true
		case "when", "whenever", "once":
			return !pastClause(s, i) && !willModals[modalOf(s, i)] // "17 December, when the EU will decide" names a day
		case "before":
			h := s.Words[i].Head // "could not make new promises before Congress approved a budget": awaited, not done
			return h >= 0 && (modalOf(s, h) != "" || !pastClause(s, h))
		}
	}
	if w := s.Words[i]; w.Rel == "conj" && w.Head >= 0 && hasChildLemma(s, w.Head, conditionMarks, "mark") &&
		firstChild(s, i, "nsubj", "mark", "aux") < 0 {
		return true // "unless the company withdraws the changes and makes an improved offer": the condition's second half
	}
	return false
}

var reflexives = WordSet("itself themselves himself herself ourselves myself yourself")

// beTo reports whether verb i is announced with a finite "be to" ("is to
// end", "were to sign"), not a bare "to be" ("want to be seen to be
// transferring").
func beTo(s *syntax.Sentence, i int) bool {
	if !toMarked(s, i) {
		return false
	}
	for _, k := range s.ChildrenWith(i, "cop", "aux") {
		if x := s.Words[k]; x.Lemma == "be" && lower(x.Form) != "be" {
			return !placedBetween(s, k, i)
		}
	}
	return false
}

// firstPersonSubject reports whether verb i has "we" or "I" for its
// subject: the speaker's or the page's own words ("We will continue to
// invest"), quoted or not, as good as a report of them.
func firstPersonSubject(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj")
	return k >= 0 && (lower(s.Words[k].Form) == "we" || lower(s.Words[k].Form) == "i")
}

// namedSubject reports whether verb i has a name for its subject ("The
// Ministry will continue to provide support"): with an act of giving, a
// body's own statement of what it does.
func namedSubject(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj")
	return k >= 0 && s.Words[k].UPOS == "PROPN"
}

// actingBodySubject reports whether the subject of verb i is a common noun
// for a body that acts ("Government", "the ministry", "the council").
func actingBodySubject(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj")
	return k >= 0 && s.Words[k].UPOS == "NOUN" && s.Words[k].XPOS == "NN" && bodyWord(lower(s.Words[k].Lemma))
}

// placedBetween reports whether a preposition or a noun stands between
// "be" at k and the infinitive i ("is on course to win", "is in a
// position to"): a forecast or a state, not an announced "be to".
func placedBetween(s *syntax.Sentence, k, i int) bool {
	for m := k + 1; m < i; m++ {
		if u := s.Words[m].UPOS; u == "ADP" || u == "NOUN" {
			return true
		}
	}
	return false
}

// modalOf returns the lemma of a modal auxiliary of verb i ("will",
// "would", "may"; "wo" for "won't"), or "".
func modalOf(s *syntax.Sentence, i int) string {
	var modals []int
	for _, k := range s.ChildrenWith(i, "aux") {
		if s.Words[k].XPOS != "MD" {
			continue
		}
		if end := invertedCondition(s); k < end && end < i {
			continue // "Should talks fail, the company will close the plant": the condition's auxiliary, hung on the main verb
		}
		modals = append(modals, k)
	}
	if n := len(modals); n > 1 && hasChildLemma(s, i, WordSet("and or but"), "cc") && s.Words[modals[n-1]].Start > s.Words[modals[0]].Start {
		modals = modals[n-1:] // "cannot and will not accept": the last says what the speaker will do
	}
	for _, k := range modals {
		if w := s.Words[k]; w.XPOS == "MD" {
			l := lower(w.Form)
			switch {
			case l == "wo" || l == "won't" || l == "won’t":
				return "wo"
			case l == "'ll" || l == "’ll":
				return "will"
			case willModals[l] || mayModals[l] || l == "would":
				return l
			}
			return "other"
		}
	}
	return ""
}

// innerPredicate reports whether verb i is the complement of another
// commitment verb ("agreed to sign", "committed to offering": the
// commitment is the agreeing).
func innerPredicate(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	gerund := text.RelIs(w.Rel, "advcl") && w.XPOS == "VBG" && toMarked(s, i) // "committed to offering every employee a transfer"
	if w.Head < 0 || !text.RelIs(w.Rel, "xcomp", "ccomp") && !gerund {
		return false
	}
	_, ok := commitVerbs[lemmaOf(s.Words[w.Head])]
	return ok && !(forecastHeads[s.Words[w.Head].Lemma] && passiveOrCopula(s, w.Head))
}

// requested reports whether verb i is what someone asks another to do
// ("urged Syria to withdraw", "called on Iran to sign").
func requested(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Head < 0 || !text.RelIs(w.Rel, "xcomp", "ccomp", "advcl") {
		return false
	}
	h := w.Head
	return (text.RelIs(w.Rel, "xcomp") || toMarked(s, i)) && requestVerbs[s.Words[h].Lemma] &&
		(firstChild(s, h, "obj", "iobj") >= 0 || hasCase(s, h, "on") || passiveVerb(s, h))
}

// choseNotTo reports whether verb i decides against an act: a verb of
// choosing whose infinitive is denied ("decided not to grant observer
// status", "voted not to strike"), a refusal. Agreeing or pledging not to
// act is restraint promised, and stays so.
func choseNotTo(s *syntax.Sentence, i int) bool {
	if !choosing[s.Words[i].Lemma] {
		return false
	}
	k := toComplement(s, i) // "voted by 1,312 to 204 not to sign": the tally may part the infinitive from the verb
	return k > i && negated(s, k)
}

// choosing are the verbs of deciding for or against an act.
var choosing = WordSet("decide resolve vote plan intend choose opt elect")

// noWords negate "longer" ("no longer").
var noWords = WordSet("no")

// negated reports whether verb i is negated ("did not agree", "never
// signed", "no longer honour", "nor will it sign").
func negated(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "advmod", "neg", "aux") {
		switch lower(s.Words[k].Form) {
		case "not", "n't", "n’t", "never", "won't", "won’t", "cannot":
			return true
		case "longer":
			if hasChildLemma(s, k, noWords, "advmod") {
				return true // "would no longer honour the guarantee"
			}
		}
	}
	for _, k := range s.ChildrenWith(i, "cc") {
		if lower(s.Words[k].Form) == "nor" && k+1 < i && s.Words[k+1].XPOS == "MD" && s.Words[k+1].Head == i {
			return true // "Nor will the Government reopen the fund": the modal inverted after "nor"
		}
	}
	return false
}

// passiveVerb reports whether verb i is passive ("was signed").
func passiveVerb(s *syntax.Sentence, i int) bool {
	for _, k := range s.Children(i) {
		if r := s.Words[k].Rel; r == "aux:pass" || r == "nsubj:pass" && !misreadPast(s, i) {
			return true
		}
	}
	return false
}

// misreadPast reports whether verb i, given a passive subject, is a past
// tense the parser read as a participle: no auxiliary at all, and an
// object or a complement after it ("Ferrec ruled out raising taxes").
func misreadPast(s *syntax.Sentence, i int) bool {
	if firstChild(s, i, "aux", "aux:pass") >= 0 || s.Words[i].XPOS != "VBN" && s.Words[i].XPOS != "VBD" {
		return false
	}
	k := firstChild(s, i, "obj", "xcomp")
	return k > i
}

// pastClause reports whether verb i states a past act: a past tense, or a
// perfect ("has agreed").
func pastClause(s *syntax.Sentence, i int) bool {
	switch s.Words[i].XPOS {
	case "VBD":
		return true
	}
	for _, k := range s.ChildrenWith(i, "aux", "aux:pass", "cop") {
		if x := s.Words[k].XPOS; x == "VBD" || x == "MD" || x == "VBZ" || x == "VBP" {
			return x == "VBD"
		}
	}
	return s.Words[i].XPOS == "VBN" && !hasChildLemma(s, i, WordSet("be"), "aux", "aux:pass", "cop")
}

// presentPerfect reports whether verb i is in the present perfect ("has
// agreed", "have signed").
func presentPerfect(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "aux") {
		if x := s.Words[k]; x.Lemma == "have" && (x.XPOS == "VBZ" || x.XPOS == "VBP") {
			return s.Words[i].XPOS == "VBN"
		}
	}
	return false
}

// taggedAsNoun reports whether word i is a commitment verb in -s that the
// tagger read as a noun ("the bank plans to cut", "Britain vows to"): a
// name or noun before it, "to" and a verb after it.
func taggedAsNoun(s *syntax.Sentence, i int) bool {
	return verbReadAsNoun(s, i) && i+2 < len(s.Words) && lower(s.Words[i+1].Form) == "to" && s.Words[i+2].UPOS == "VERB"
}

// verbReadAsNoun reports whether the word at i is a commitment verb in the
// third person that the tagger read as a plural noun after a name or noun
// ("Civic Forward promises", "The manifesto pledges").
func verbReadAsNoun(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	p, ok := commitVerbs[w.Lemma]
	if !ok || p.kind == predObject || w.UPOS != "NOUN" || !strings.HasSuffix(w.Form, "s") || i == 0 {
		return false
	}
	prev := s.Words[i-1]
	return (prev.UPOS == "NOUN" || prev.UPOS == "PROPN" || prev.UPOS == "ADJ" && prev.XPOS != "JJ" || firstUpper(prev.Form)) &&
		prev.XPOS != "POS"
}

// nounTaggedVerb builds the clause of a verb the tagger read as a noun:
// the words before it are its subject, the verb after "to" its action.
func nounTaggedVerb(s *syntax.Sentence, i int, named func(a, b int) bool) (clause, bool) {
	p := commitVerbs[s.Words[i].Lemma]
	c := clause{s: s, pred: i, verb: i, action: i + 2, cond: -1, strong: p.kind == predStrong, status: p.status,
		actors: []int{i - 1}}
	if !agentive(s, c.actors, named) && !firstUpper(s.Words[i-1].Form) || i >= 2 && s.Words[i-2].UPOS == "ADP" {
		return clause{}, false // "in May plans to charge": the word before is a preposition's, no subject
	}
	c.cond = conditionOf(s, i+2)
	if c.cond >= 0 {
		c.status = briefing.StatusConditional
	}
	first, _ := phrase(s, i-1)
	for first > 0 && text.RelIs(s.Words[first-1].Rel, "det") && s.Words[first-1].Head == i {
		first--
	}
	c.first, c.last = first, max(rightEnd(s, i), rightEnd(s, i+2), clauseEnd(s, i+2))
	return c, true
}

func firstUpper(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// purposes are the nouns that say what something is for.
var purposes = WordSet("purpose aim goal objective idea intention point task role job function mission")

// purposeSubject reports whether verb i, after "is to", says what its
// subject, a purpose, is ("The purpose of this Memorandum is to set out
// the intentions of the Parties"): a definition, no plan of anyone's.
func purposeSubject(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj", "nsubj:pass")
	if h := s.Words[i].Head; k < 0 && h >= 0 {
		k = firstChild(s, h, "nsubj") // the parser may hang the subject on "is"
	}
	return k >= 0 && purposes[s.Words[k].Lemma]
}

// servedPeople are those a body serves or employs, whose lot its own
// decisions set: "customers will keep the old price" tells the firm's act.
var servedPeople = WordSet("customer subscriber passenger worker employee tenant resident patient user client student pupil")

// servedSubject reports whether the subject of verb v is such people, a
// plural common noun ("customers who switch to an annual plan").
func servedSubject(s *syntax.Sentence, v int) bool {
	for _, k := range s.ChildrenWith(v, "nsubj") {
		if w := s.Words[k]; w.XPOS == "NNS" && servedPeople[lower(w.Lemma)] {
			return true
		}
	}
	return false
}
