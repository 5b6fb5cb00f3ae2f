package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// nounClause builds the commitment named by the noun at i when the parse
// says who made it: a support verb governs it ("reached a deal", "rejected
// the proposal", "withdrew from the treaty"), an owner holds it ("Iran's
// pledge to halt"), the parties it is between are named ("a pact between
// Kenya and Uganda"), or a participle names them ("a treaty ratified by 196
// nations"). A bare "the deal" only refers back and makes none.
func nounClause(s *syntax.Sentence, i int, named func(a, b int) bool) (clause, bool) {
	w := s.Words[i]
	if signingOf(s, i) {
		return signingClause(s, i, named)
	}
	if c, ok := acceptedClause(s, i, named); ok {
		return c, true
	}
	status, ok := commitNouns[w.Lemma]
	if !ok && firstChild(s, i, "nmod:poss") >= 0 {
		status, ok = plannedStatus(s, i) // "the administration's proposed overhaul"
	}
	if ok && status == briefing.StatusIntends && w.UPOS == "NOUN" && heldIntention(s, i) {
		c := clause{s: s, pred: i, verb: i, action: i, cond: -1, status: briefing.StatusIntends}
		if c, ok = supportedNoun(s, c, w.Head, named); ok && hasChildLemma(s, i, WordSet("no"), "det") {
			c.status = briefing.StatusRefused // "has no intention of selling it"; "does not have plans to" is refused as negated
		}
		return c, ok
	}
	if ok && w.UPOS == "NOUN" && noneToMake(s, i) {
		c := clause{s: s, pred: i, verb: i, action: i, cond: -1, status: briefing.StatusRefused}
		return supportedNoun(s, c, w.Head, named) // "would make no new pledge until the audit is done", "will sign no deal"
	}
	if !ok || w.UPOS != "NOUN" || status == briefing.StatusIntends && !toAcl(s, i) ||
		hasChildLemma(s, i, WordSet("no any own"), "det", "amod") || hasChildLemma(s, i, WordSet("without"), "case") {
		return clause{}, false // also "continued on Tuesday without an agreement"
	}
	if attemptBid(s, i) {
		return clause{}, false // "launched a bid to become mayor": an attempt, not an offer
	}
	if namesPointedAt(s, i) {
		return clause{}, false // "This is our final offer": a name for the one told before
	}
	if askedFor(s, i) {
		return clause{}, false // "asking for the company's investment plan to be audited": a request to others
	}
	if doubted(s, i) {
		return clause{}, false // "the Government's so-called commitment": a critic's word for it
	}
	if committedWrong(s, nounToVerb(s, i)) {
		return clause{}, false // "his decision to commit fraud": a wrong chosen, no commitment
	}
	if unrealObject(s, i) {
		return clause{}, false // "if it keeps its promises", "is expected to sign a deal", "observers believe it will sign the treaty"
	}
	if keptBack(s, i) {
		return clause{}, false // "today we have kept that promise": one told before, now done
	}
	if toldOfAgain(s, i) {
		return clause{}, false // "has made such a promise", "has made promises before"
	}
	if text.RelIs(w.Rel, "nsubj", "nsubj:pass") && hasChildLemma(s, i, earlierMarks, "amod") {
		return clause{}, false // "previous agreements had not been implemented": what became of ones made before
	}
	c := clause{s: s, pred: i, verb: i, action: i, cond: -1, status: status}
	if h := w.Head; h >= 0 && text.RelIs(w.Rel, "obj") && given(status) && receivingVerbs[lemmaOf(s.Words[h])] && giver(s, h) < 0 {
		return clause{}, false // "the Greens won a pledge to double rail investment": from someone not named
	}
	if h := w.Head; h >= 0 && text.RelIs(w.Rel, "obj", "obl", "nsubj:pass") && isSupportVerb(s, h) && !madeByAgent(s, i) &&
		(s.Words[h].Lemma != "take" || status == briefing.StatusPledged) { // "took the oath of office"; "take the deal" is no act of its own
		return supportedNoun(s, c, h, named)
	}
	if h := w.Head; h >= 0 && text.RelIs(w.Rel, "obj") && makingVerbs[supportLemma(s, h)] && s.Words[h].UPOS == "VERB" {
		return clause{}, false // "may be prepared to make its offer", "if they strike a deal": not made yet
	}
	if orderNouns[w.Lemma] {
		return clause{}, false // an order binds only when placed: "a court order" is none
	}
	if owner := firstChild(s, i, "nmod:poss"); owner >= 0 {
		if courts[s.Words[owner].Lemma] {
			return clause{}, false // "the appeal court's decision to reject the claim" is a ruling
		}
		if timeWord(s.Words[owner]) || lower(s.Words[owner].Form) == "yesterday" {
			return clause{}, false // "Today's pledges are real money": the day's, no one's
		}
		if status == briefing.StatusAgreed && !completed(s, i) {
			return clause{}, false // "Argentina's water contract" names one, it makes none
		}
		if !completed(s, i) && hasChildLemma(s, i, earlierMarks, "amod") {
			return clause{}, false // "an increase of 15% on its previous pledge": a measure for the new one
		}
		if nestedObject(s, i) {
			return clause{}, false // "its refusal to consider the charity's proposal": what the other commitment is about
		}
		c.actors, c.owner = withConjuncts(s, []int{owner}), true
	} else if makers := nounMakers(s, i, status); len(makers) > 0 {
		c.actors = makers
	} else if p := describing(s, i); p >= 0 && isSupportVerb(s, p) && !required(s, p) && len(partnersOf(s, i, p)) > 0 {
		c.actors = partnersOf(s, i, p)
		if st := supportVerbs[supportLemma(s, p)]; st != "" {
			c.status = st
		}
		c.first, c.last = clauseBounds(s, &c)
		for _, a := range c.actors {
			c.last = max(c.last, rightEnd(s, a)) // "The budget proposals laid out by the administration"
		}
		return c, true
	} else {
		return clause{}, false
	}
	c.first, c.last = clauseBounds(s, &c)
	return c, true
}

// namesPointedAt reports whether commitment noun i is the predicate of a
// copula whose subject points at something ("This is our final offer",
// "That was the deal") and says nothing of its own of what is undertaken:
// it names the commitment told before.
func namesPointedAt(s *syntax.Sentence, i int) bool {
	subj := firstChild(s, i, "nsubj")
	if subj < 0 || firstChild(s, i, "cop") < 0 || !demonstratives[lower(s.Words[subj].Form)] {
		return false
	}
	for _, c := range s.Children(i) {
		if r := s.Words[c].Rel; r == "acl" || r == "nmod" || r == "compound" {
			return false // "This is our offer to pay every worker 5%": it says what is offered
		}
	}
	return true
}

// askedFor reports whether noun i is what someone asks or calls for
// ("asking for the company's investment plan to be independently
// audited", "called for a plan to cut waiting lists"): a request, no
// commitment of the noun's owner.
func askedFor(s *syntax.Sentence, i int) bool {
	h := s.Words[i].Head
	return h >= 0 && text.RelIs(s.Words[i].Rel, "obl") && hasChildLemma(s, i, WordSet("for"), "case") && requestVerbs[s.Words[h].Lemma]
}

// keptBack reports whether commitment noun i, pointed back to ("that
// promise", "this pledge"), is the object of a verb of keeping it: in the
// past or the perfect ("we have kept that promise") a commitment told
// before and fulfilled now; a promise or a pledge kept in any tense ("and
// we will keep that promise") restates the one told before. Neither is a
// new one.
func keptBack(s *syntax.Sentence, i int) bool {
	h := s.Words[i].Head
	if h < 0 || !text.RelIs(s.Words[i].Rel, "obj") || !keepVerbs[s.Words[h].Lemma] || !hasChildLemma(s, i, pointers, "det") {
		return false
	}
	return pastClause(s, h) || presentPerfect(s, h) || commitNouns[s.Words[i].Lemma] == briefing.StatusPledged
}

// toldOfAgain reports whether commitment noun i, with no word of its own
// that tells what was committed (see contentless), is "such" a one or, as
// a bare plural that was made, tells of such acts in general ("no other
// chain has made such a promise", "cities have made similar promises
// before", "Wrexby has made promises before"), or "this" or "that" one
// made or given as it is said, the promise told beside it: no new
// commitment. "Made a similar pledge in 2021" tells of one.
func toldOfAgain(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if v := w.Head; w.Rel == "obj" && v >= 0 && givenNow(s, v) && hasChildLemma(s, i, WordSet("this that"), "det") && firstChild(s, i, "acl", "xcomp", "ccomp") < 0 {
		return true // "I make you this promise", "I give that commitment without reservation": the promise is told beside it
	}
	if !contentless(s, i) {
		return false
	}
	if hasChildLemma(s, i, WordSet("such"), "det", "amod") {
		return true
	}
	return w.XPOS == "NNS" && w.Rel == "obj" && w.Head >= 0 && s.Words[w.Head].Lemma == "make" && firstChild(s, i, "det", "nmod:poss", "nummod") < 0
}

// givenNow reports whether verb v makes or gives something as it is said,
// in the present ("I make you this promise").
func givenNow(s *syntax.Sentence, v int) bool {
	w := s.Words[v]
	return (w.Lemma == "make" || w.Lemma == "give") && (w.XPOS == "VBP" || w.XPOS == "VBZ")
}

// contentless reports whether commitment noun i has no word that tells
// what was committed: no complement, no phrase after it, no noun before
// it ("a promise", "promises he could not keep", not "a promise to pay",
// "a deal with Iran" or "the peace deal"); a relative clause tells what
// became of it, not what it was.
func contentless(s *syntax.Sentence, i int) bool {
	for _, k := range s.Children(i) {
		if rel := s.Words[k].Rel; rel != "nmod:poss" && rel != "acl:relcl" && text.RelIs(rel, "acl", "xcomp", "ccomp", "nmod", "compound", "appos", "nummod") {
			return false
		}
	}
	return true
}

// unrealObject reports whether commitment noun i is the object of an
// unreal verb (see unrealVerb) that makes or keeps it, of a verb that
// tells what would have been done, or of any such verb when no owner holds
// it: "if they keep their promises", "if it had raised its offer", not "whether Ofcom feels BT's proposals go far
// enough", where the proposals stand whatever is felt of them.
func unrealObject(s *syntax.Sentence, i int) bool {
	h := s.Words[i].Head
	if h < 0 || !text.RelIs(s.Words[i].Rel, "obj") || !unrealVerb(s, h) {
		return false
	}
	return counterfactual(s, h) || isSupportVerb(s, h) || keepVerbs[s.Words[h].Lemma] || firstChild(s, i, "nmod:poss") < 0
}

// keepsToldOne reports whether verb i keeps a commitment pointed back to
// ("and we will keep that promise"): see keptBack.
func keepsToldOne(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "obj")
	return k >= 0 && keptBack(s, k)
}

// keepVerbs fulfil a commitment.
var keepVerbs = WordSet("keep honour honor fulfil fulfill meet deliver")

// pointers point back to what was told before.
var pointers = WordSet("that this these those")

// earlierMarks say that a commitment noun refers to one made before
// another.
var earlierMarks = WordSet("previous earlier original prior former")

// plannedStatus returns the status that a participle before noun i gives
// it ("proposed overhaul", "planned sale", "promised cuts"), if any.
func plannedStatus(s *syntax.Sentence, i int) (string, bool) {
	for _, k := range s.ChildrenWith(i, "amod") {
		if st, ok := plannedMarks[lower(s.Words[k].Form)]; ok && k < i {
			return st, true
		}
	}
	return "", false
}

// plannedMarks are participles that make a commitment of the noun they
// describe, with its status.
var plannedMarks = map[string]string{"proposed": briefing.StatusProposed, "planned": briefing.StatusIntends,
	"promised": briefing.StatusPledged, "pledged": briefing.StatusPledged, "agreed": briefing.StatusAgreed}

// courts rule rather than commit: their decisions are rulings.
var courts = WordSet("court judge tribunal jury panel magistrate justice")

// describing returns the participle that describes commitment noun i
// ("a treaty ratified by 196 nations"), also when the parser read it as
// the noun's verb ("The budget proposals | laid out by the
// administration | are controversial"): a past form with no auxiliary
// and a "by" phrase. -1 when there is none.
func describing(s *syntax.Sentence, i int) int {
	if p := firstChild(s, i, "acl"); p >= 0 {
		return p
	}
	h := s.Words[i].Head
	if h < 0 || !text.RelIs(s.Words[i].Rel, "nsubj") || s.Words[h].XPOS != "VBD" && s.Words[h].XPOS != "VBN" ||
		firstChild(s, h, "aux", "aux:pass", "obj") >= 0 || len(untimed(s, caseChildren(s, h, "by"))) == 0 {
		return -1
	}
	return h
}

// partnersOf returns who made the commitment noun i that participle p
// describes: the agent ("a treaty ratified by 196 nations"), else the
// party it was made with ("an agreement with the EU, reached in 1992", "a
// settlement reached with 46 states").
func partnersOf(s *syntax.Sentence, i, p int) []int {
	if agent := agentOf(s, p); len(agent) > 0 {
		return agent
	}
	if by := untimed(s, caseChildren(s, p, "by")); len(by) > 0 && !text.RelIs(s.Words[p].Rel, "acl") {
		return withConjuncts(s, by) // the participle read as the noun's verb
	}
	with := caseChildren(s, p, "with", "between")
	if len(with) == 0 {
		with = caseChildren(s, i, "with", "between")
	}
	return append(holderOf(s, i), withConjuncts(s, with)...)
}

// madeBetween returns the parties a commitment noun names as those it is
// between, as those it is by, or as its owner, which make the actors of a
// passive with no agent ("the deal between Kenya and Uganda was
// concluded", "a commitment by the ministry to hire nurses was announced",
// "the council's plan was approved"; not "Mexico's offer was rejected", turned
// down by another); passive stays true when it names none.
func madeBetween(s *syntax.Sentence, noun int) (actors []int, passive bool) {
	if noun < 0 || commitNouns[s.Words[noun].Lemma] == "" {
		return nil, true
	}
	if between := caseChildren(s, noun, "between"); len(between) > 0 {
		return withConjuncts(s, between), false
	}
	if by := untimed(s, caseChildren(s, noun, "by")); len(by) > 0 && !refusing(s, s.Words[noun].Head) {
		return withConjuncts(s, by), false // "a commitment by the ministry to hire 500 nurses was announced"
	}
	if owner := firstChild(s, noun, "nmod:poss"); owner >= 0 && !refusing(s, s.Words[noun].Head) {
		return withConjuncts(s, []int{owner}), false // "the council's plan to close three libraries was approved"
	}
	return nil, true
}

// completed reports whether commitment noun i says what was committed to
// or with whom: "to" + verb, or a phrase after to, on, with or between.
func completed(s *syntax.Sentence, i int) bool {
	return toAcl(s, i) || len(caseChildren(s, i, "to", "on", "with", "between")) > 0
}

// isSupportVerb reports whether word h is a verb that makes a commitment
// of the noun it governs, in a clause that is no hypothesis.
func isSupportVerb(s *syntax.Sentence, h int) bool {
	return hasSupport(supportLemma(s, h)) && actual(s, h)
}

// actual reports whether word h is a verb that tells an act done or
// announced: no hypothesis, request, purpose, undoing or habit.
func actual(s *syntax.Sentence, h int) bool {
	return s.Words[h].UPOS == "VERB" && !hypothetical(s, h) && !requested(s, h) && !toMarked(s, h) && !undone(s, h) && !generic(s, h)
}

// supportLemma returns the lemma of verb h as the support verbs list it:
// with its particle when the list has it so ("laid out") or when "up" or
// "down" make another verb of it ("made up of"), else alone ("hammered
// out").
func supportLemma(s *syntax.Sentence, h int) string {
	l := withParticle(s, h)
	if hasSupport(l) || strings.HasSuffix(l, " up") || strings.HasSuffix(l, " down") {
		return l // "is made up of cash" is no deal made
	}
	return s.Words[h].Lemma
}

// hasSupport reports whether lemma l is a support verb.
func hasSupport(l string) bool {
	_, ok := supportVerbs[l]
	return ok
}

// ofGerund reports whether verb k is a gerund marked "of" ("intention of
// raising prices").
func ofGerund(s *syntax.Sentence, k int) bool {
	return s.Words[k].XPOS == "VBG" && hasChildLemma(s, k, WordSet("of"), "mark")
}

// toAcl reports whether noun i is completed by "to" + verb ("plans to
// sell", "decision to withdraw").
func toAcl(s *syntax.Sentence, i int) bool {
	return nounToVerb(s, i) >= 0
}

// nounToVerb returns the verb of the "to" + verb (or "of" + gerund) that
// completes noun i,
// or -1: its own clause, or one the parser hung on the verb the noun is
// the object of as a purpose ("attacked his pledge | to advance torture")
// when it follows the noun's phrase right away.
func nounToVerb(s *syntax.Sentence, i int) int {
	for _, k := range s.ChildrenWith(i, "acl") {
		if toMarked(s, k) {
			return k
		}
	}
	for _, k := range s.ChildrenWith(i, "acl", "nmod") { // "its intention of raising prices"
		if f, _ := s.Subtree(k); hasChildLemma(s, k, WordSet("of"), "case", "mark") && f+1 < len(s.Words) &&
			strings.HasSuffix(lower(s.Words[f+1].Form), "ing") {
			return k
		}
	}
	h := s.Words[i].Head
	if h < 0 || !text.RelIs(s.Words[i].Rel, "obj") {
		return -1
	}
	_, last := phrase(s, i)
	for _, k := range s.ChildrenWith(h, "advcl") {
		if f, _ := s.Subtree(k); f == last+1 && (toMarked(s, k) || ofGerund(s, k)) {
			return k
		}
	}
	return -1
}

// supportedNoun completes the clause of a commitment noun governed by the
// support verb h: the verb's actors, its status ("signed", "rejected"),
// negation, modality and condition.
func supportedNoun(s *syntax.Sentence, c clause, h int, named func(a, b int) bool) (clause, bool) {
	if orderNouns[s.Words[c.pred].Lemma] && commandVerbs[s.Words[h].Lemma] {
		return clause{}, false // "the agencies that gave the orders": commands, no purchase
	}
	c.verb, c.action = h, nounAction(s, c.pred, h)
	if st := supportVerbs[supportLemma(s, h)]; st != "" {
		c.status = st
	}
	c.strong = c.status == briefing.StatusSigned || c.status == briefing.StatusAgreed
	c.actors, c.passive, c.inherited, _ = clauseActors(s, h, named)
	if c.passive && len(c.actors) == 0 {
		c.actors, c.passive = madeBetween(s, c.pred)
	}
	if k := gerundOwner(s, h); k >= 0 && (len(c.actors) == 0 || c.inherited) {
		c.actors, c.inherited = withConjuncts(s, []int{k}), false // "blasted the administration for not living up to an agreement"
	}
	if len(c.actors) == 0 && (!c.passive || c.status == briefing.StatusRefused) || nobody(s, c.actors) {
		// "previous ceasefires have been violated" says by no one who
		return clause{}, false
	}
	if c.passive && len(c.actors) == 0 && (reportingSupport[s.Words[h].Lemma] || makingVerbs[s.Words[h].Lemma]) &&
		hasChildLemma(s, c.pred, WordSet("the this"), "det") && !completed(s, c.pred) {
		return clause{}, false // "The deal was announced in a joint statement", "The deal was reached in Brussels": the deal told before, told again
	}
	if c.passive && len(c.actors) == 0 && mayModals[modalOf(s, h)] {
		return clause{}, false // "a deal could be reached within weeks": a possibility, by no one named
	}
	if passiveVerb(s, h) && s.Words[c.pred].Head == h && s.HasCase(c.pred, "with") {
		return clause{}, false // "residents had been presented with a done deal": those who got it, by no one named
	}
	if negated(s, h) && modalOf(s, h) == "" && makingVerbs[supportLemma(s, h)] {
		return clause{}, false // "did not make a pledge", "have not reached a deal": nothing was committed
	}
	c.cond = conditionOf(s, h)
	verbPred := c.pred
	c.pred = h
	if modal := modalOf(s, h); modal == "other" || !settleStatus(s, &c, modal) { // "must still be ratified"
		return clause{}, false
	}
	c.pred = verbPred
	c.past = pastClause(s, h) && modalOf(s, h) == ""
	c.recent = presentPerfect(s, h) && modalOf(s, h) == ""
	c.first, c.last = clauseBounds(s, &c)
	return c, true
}

// noneToMake reports whether commitment noun i, with "no" for its
// determiner, is the object of a verb that makes or signs one, said with
// "will" or "would" ("would make no new pledge", "will sign no deal"): a
// refusal to come. In the past ("made no promise") nothing was made.
func noneToMake(s *syntax.Sentence, i int) bool {
	if i < 0 || commitNouns[s.Words[i].Lemma] == "" {
		return false
	}
	h := s.Words[i].Head
	if h < 0 || !text.RelIs(s.Words[i].Rel, "obj") || !hasChildLemma(s, i, WordSet("no"), "det") ||
		!makingVerbs[supportLemma(s, h)] || !isSupportVerb(s, h) || negated(s, h) {
		return false
	}
	m := modalOf(s, h)
	return willModals[m] || m == "would"
}

// heldIntention reports whether the noun of intention at i is what a
// party has: the object of "have", completed by the act ("has plans to
// raise taxes", "has no intention of selling").
func heldIntention(s *syntax.Sentence, i int) bool {
	h := s.Words[i].Head
	return h >= 0 && text.RelIs(s.Words[i].Rel, "obj") && s.Words[h].Lemma == "have" && nounToVerb(s, i) >= 0
}

// reportingSupport make a commitment known rather than make it.
var reportingSupport = WordSet("announce unveil outline")

// makingVerbs make a commitment: not done, they leave none, which is no
// refusal either.
var makingVerbs = WordSet("make reach strike conclude seal clinch hammer finalise finalize sign ink ratify")

// gerundOwner returns the noun that the gerund h describes, whose act it
// is ("the administration for not living up to an agreement", "Iran for
// breaching the deal"), or -1.
func gerundOwner(s *syntax.Sentence, h int) int {
	w := s.Words[h]
	if w.XPOS != "VBG" || w.Head < 0 || firstChild(s, h, "nsubj") >= 0 {
		return -1
	}
	if o := firstChild(s, w.Head, "obj"); text.RelIs(w.Rel, "advcl") && blameVerbs[s.Words[w.Head].Lemma] && o >= 0 &&
		hasChildLemma(s, h, WordSet("for of"), "mark") {
		return o // "blasted the government for not living up to it": the parser hung the gerund on the verb
	}
	if !text.RelIs(w.Rel, "acl") {
		return -1
	}
	if u := s.Words[w.Head].UPOS; u != "NOUN" && u != "PROPN" {
		return -1
	}
	return w.Head
}

// blameVerbs judge someone for what they did, told by a gerund after
// "for" or "of" ("criticised Iran for breaching the deal").
var blameVerbs = WordSet("blast criticise criticize accuse blame condemn fault attack praise thank commend slam rebuke " +
	"censure fine punish sue")

// idiomClause builds the commitment that an idiom of readiness says a
// measure or a deal is: "a new law is on the cards" (planned), "a deal is
// in the can" (as good as agreed). It names no actor: the story's actor
// made it, as with an announced measure in the passive.
func idiomClause(s *syntax.Sentence, i int) (clause, bool) {
	status, ok := readinessIdiom(s, i)
	if !ok {
		return clause{}, false
	}
	subj := firstChild(s, i, "nsubj")
	if subj < 0 || !measureNouns[s.Words[subj].Lemma] && commitNouns[s.Words[subj].Lemma] == "" || negated(s, i) {
		return clause{}, false
	}
	f, _ := phrase(s, subj)
	c := clause{s: s, pred: i, verb: i, action: f, cond: -1, status: status, passive: true, measure: true}
	c.first, c.last = min(f, verbGroupStart(s, c)), i
	return c, true
}

// readinessIdiom reports whether noun i ends an idiom that says how ready
// a plan is, with the status it gives: "on the cards" (intends), "in the
// can" or "in the bag" (agreed).
func readinessIdiom(s *syntax.Sentence, i int) (string, bool) {
	w := s.Words[i]
	if w.UPOS != "NOUN" || !hasChildLemma(s, i, WordSet("be"), "cop") || !hasChildLemma(s, i, WordSet("the"), "det") {
		return "", false
	}
	switch {
	case lower(w.Form) == "cards" && hasChildLemma(s, i, WordSet("on"), "case"):
		return briefing.StatusIntends, true
	case (lower(w.Form) == "can" || lower(w.Form) == "bag") && hasChildLemma(s, i, WordSet("in"), "case"):
		return briefing.StatusAgreed, true
	}
	return "", false
}

// measureNouns name a measure a government or a firm can plan.
var measureNouns = WordSet("law bill reform rule regulation tax ban measure programme program scheme package " +
	"budget sale merger takeover privatisation privatization coalition alliance partnership venture")

// existentialClause builds the commitment of a party that says there will
// be a measure ("Mr Bush indicated there would be strict discipline on
// spending"; "she said there will be no new taxes", a pledge): the noun
// after "there will be", in the complement of a verb of saying whose
// subject can act.
func existentialClause(s *syntax.Sentence, i int, named func(a, b int) bool) (clause, bool) {
	w := s.Words[i]
	v := existentialVerb(s, i)
	if v < 0 || !willModals[modalOf(s, v)] && modalOf(s, v) != "would" ||
		!measureNouns[w.Lemma] && !existentialMeasures[w.Lemma] && commitNouns[w.Lemma] == "" {
		return clause{}, false
	}
	k := announcer(s, v, named)
	if k < 0 || commentators[s.Words[k].Lemma] {
		return clause{}, false
	}
	first, _ := phrase(s, i)
	c := clause{s: s, pred: i, verb: v, action: first, cond: -1, status: briefing.StatusIntends, actors: withConjuncts(s, []int{k})}
	if hasChildLemma(s, i, denials, "det") || negated(s, v) {
		c.status = briefing.StatusPledged // "there will be no new taxes"
	}
	c.cond = conditionOf(s, v)
	if c.cond >= 0 {
		c.status = briefing.StatusConditional
	}
	c.first, c.last = min(first, firstChild(s, v, "expl")), max(rightEnd(s, i), rightEnd(s, v))
	if sayer, _ := phrase(s, k); sayer < c.first {
		c.first = sayer // "Mr Bush indicated there would be …"
	}
	return c, true
}

// existentialVerb returns the word that carries the "there" of noun i's
// "there will be": the noun itself when the parse makes "be" its copula,
// or the verb "be" whose subject it is; -1 when there is none.
func existentialVerb(s *syntax.Sentence, i int) int {
	if s.Words[i].UPOS != "NOUN" {
		return -1
	}
	if hasChildLemma(s, i, WordSet("there"), "expl") {
		return i
	}
	if h := s.Words[i].Head; h >= 0 && text.RelIs(s.Words[i].Rel, "nsubj") && s.Words[h].Lemma == "be" &&
		hasChildLemma(s, h, WordSet("there"), "expl") {
		return h
	}
	return -1
}

// existentialMeasures are what a party says there will be when it decides
// on it.
var existentialMeasures = WordSet("discipline cut cuts rise increase freeze review inquiry investigation referendum " +
	"election vote moratorium amnesty")

// doubtWords qualify a commitment named by its critic, who doubts it ("the
// Government's so-called commitment", "its supposed pledge").
var doubtWords = WordSet("call called supposed alleged purported") // "so-called" as a participle or an adjective

// doubted reports whether the commitment noun i is qualified as one its
// speaker doubts.
func doubted(s *syntax.Sentence, i int) bool {
	return hasChildLemma(s, i, doubtWords, "amod", "compound")
}
