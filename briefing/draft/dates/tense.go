package dates

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// tense is when a clause sets its event against the time of writing, as
// far as a date without a year needs it: a past event's "on Monday" is the
// Monday before publication, a future one's the Monday after.
type tense int

const (
	tenseUnknown tense = iota // no verb found, or the verb does not say: take the nearest date
	TensePast                 // "met", "has met", "had met", "was signed"
	tensePresent              // "meets", "is signed": the nearest date, a scheduled one when even
	tenseFuture               // "will meet", "is to meet", "plans to meet", "is meeting"
	// tenseEither is an act planned or agreed in the past ("had planned
	// to open it by March"): it may lie on either side of publication,
	// even when it is a deadline; the start of its term ("agreed to raise
	// the wage from January") lies ahead.
	tenseEither
)

// futureGovernors are verbs and adjectives whose infinitive complement is
// an event still to come when they are said in the present: "plans to
// visit", "is due to sign", "expects to close".
var futureGovernors = map[string]bool{
	"plan": true, "intend": true, "expect": true, "due": true, "schedule": true, "set": true, "aim": true,
	"hope": true, "want": true, "seek": true, "prepare": true, "propose": true, "promise": true, "pledge": true,
	"vow": true, "agree": true, "decide": true, "threaten": true, "go": true, "be": true, "have": true,
	"need": true, "wish": true, "likely": true, "poised": true, "ready": true, "offer": true, "undertake": true,
	"commit": true, "vote": true,
}

// expectedWords said in the present of an event put it ahead: "are due in
// May", "is expected on Friday", "is set for June".
var expectedWords = map[string]bool{"due": true, "expect": true, "expected": true, "set": true,
	"schedule": true, "scheduled": true, "slate": true, "slated": true, "plan": true, "planned": true}

// futureModals make the clause future; the others ("would", "could") say
// nothing of when.
var futureModals = map[string]bool{"will": true, "shall": true, "'ll": true, "’ll": true, "wo": true,
	"may": true, "might": true, "must": true, "should": true}

// tenseOf returns the tense of the clause that words first..last of s (a
// date expression) belong to: the predicate reached by walking up the
// heads from the expression (a scheduling verb right before it when the
// walk fails), else the nearest finite verb.
func tenseOf(s *syntax.Sentence, first, last int) tense {
	if t, ok := listedTerm(s, first, last); ok {
		return t // "the terms: a referendum in the spring; elections in September"
	}
	if mandated(s, first, last) {
		return tenseFuture // "proposed that a joint commission meet in Santiago on Jan. 14"
	}
	p, ahead := governingPredicate(s, first, last)
	if p >= 0 && opensAfter(s, p, last) && isPredicate(s, s.Words[p].Head) {
		p = s.Words[p].Head // the clause the subordinate one hangs on
	}
	if p >= 0 && reportAfterComma(s, p, last) {
		p = verbBefore(s, first, p)
	}
	if p >= 0 {
		p = scheduledAct(s, reportedBeforeDate(s, reportBeforeSubject(s, p, first, last), first), first)
	}
	if v := verbRightBefore(s, first); p < 0 && v >= 0 && reschedules(s, v, first, last) {
		return tenseFuture // "The strike planned for 3 January has been called off", the date parsed as a subject
	}
	if p < 0 {
		p = nearestFinite(s, first, last)
	}
	if p < 0 {
		if verbAsNoun(s) {
			return tensePresent // "The arrangement expires on 31 December", its verb tagged a plural noun
		}
		if verbless(s) {
			return tenseFuture // "Elections in September.": a bullet of terms
		}
		return tenseUnknown
	}
	if t, ok := untilEvent(s, p, first, last); ok {
		return t // "has granted him bail until sentencing on 15 January"
	}
	if upcomingNoun(s, first, last) {
		return tenseFuture // "urged the bank to cut rates at its next meeting on May 6"
	}
	if reschedules(s, p, first, last) {
		return tenseFuture // "set for 20 November", "postponed until Monday": the new date lies ahead
	}
	if t, ok := announcedFor(s, p, first, last); ok {
		return t // "the strikes announced for 12 December": the nearer 12 December
	}
	if t, ok := termTense(s, first, last); ok {
		return t // "plans for a march on Saturday", "agreed on elections in September"
	}
	if backdates(s, p) {
		return TensePast // "will be backdated to April": the date lies behind
	}
	t := PredicateTense(s, p, 0)
	if t != tensePresent && readyFor(s, p) && !pluperfect(s, s.Words[p].Head) {
		return tenseFuture // "Moscow was prepared to return to Geneva in September": what one stands ready for lies ahead
	}
	if t == TensePast && dueAct(s, p) {
		return tenseUnknown // "had been due to shut at the end of the school year in June": due then, maybe not yet come
	}
	if t == TensePast && plannedObject(s, p, first) {
		return tenseEither // "had planned walkouts on 3 and 4 December": the day of the walkouts, maybe not yet come
	}
	if t == TensePast && calledEvent(s, p, first) {
		return tenseUnknown // "had called a walkout from Thursday": the nearer Thursday
	}
	if t == TensePast && expectsAhead(s, p, first) {
		return tenseFuture // "economists expected the first cut in September"
	}
	if t == tenseEither && undertakenDeadline(s, p, first) {
		return tenseFuture // "agreed on Tuesday to hire staff by the end of March"
	}
	if t == tensePresent && qualifiesNoun(s, first, last) {
		return tenseUnknown // "the survey covers sales in September": the date is the sales', the nearest
	}
	if t == tensePresent && pastVerbBefore(s, first) {
		return TensePast // "the deal it signed on 8 December goes through": the date is the signing's
	}
	if conditionAhead(s, p, t) || t == TensePast && startsTerm(s, p) {
		return tenseFuture // "would reopen the unit if it won the election in March", "voted to close it, starting in January"
	}
	if ahead && t == TensePast {
		return tenseUnknown // "ahead of talks on Friday, it said": after the saying, maybe not yet
	}
	return t
}

// governingPredicate walks up from the head of words first..last to the
// first predicate (a verb, or a word with a copula; the linking verb before
// a participle). It reports -1 when
// the walk reaches the root without one or passes through a subject or
// object (a sign the parse went wrong around the date), and whether a word
// on the way is marked "ahead of" or "in advance of".
func governingPredicate(s *syntax.Sentence, first, last int) (pred int, ahead bool) {
	k := spanHead(s, first, last)
	for steps := 0; k >= 0 && steps <= len(s.Words); steps++ {
		if k < first || k > last {
			if v := linkingVerbOf(s, k); v != k {
				return v, ahead // "will stay closed on Monday": the parse may hang "closed" anywhere
			}
			if isPredicate(s, k) {
				return scheduledAct(s, k, first), ahead
			}
		}
		ahead = ahead || markedAhead(s, k)
		switch relBase(s.Words[k].Rel) {
		case "nsubj", "csubj", "expl", "root", "vocative":
			return -1, ahead
		}
		k = s.Words[k].Head
	}
	return -1, ahead
}

// dueAct reports whether predicate p is the infinitive of a word of
// schedule ("were due to start", "had been expected to close").
func dueAct(s *syntax.Sentence, p int) bool {
	if h := s.Words[p].Head; h >= 0 && s.Words[p].Rel == "xcomp" && scheduleWords[strings.ToLower(s.Words[h].Lemma)] {
		return true
	}
	for _, c := range s.ChildrenWith(p, "case") {
		if strings.EqualFold(s.Words[c].Form, "due") && c < p {
			return true // "had been due to shut", the parser reading "due to" as in "due to the weather"
		}
	}
	return false
}

// readyFor reports whether predicate p is the infinitive of a word of
// readiness ("was prepared to return", "said it was ready to resume").
func readyFor(s *syntax.Sentence, p int) bool {
	h := s.Words[p].Head
	return h >= 0 && s.Words[p].Rel == "xcomp" && readinessWords[strings.ToLower(s.Words[h].Lemma)]
}

// readinessWords say that their subject stands ready to act.
var readinessWords = map[string]bool{"prepare": true, "prepared": true, "ready": true, "willing": true}

// scheduleWords say that an act is due, planned or expected ("were due
// to start", "is scheduled to open"): they have no time of their own, so a
// date after their infinitive is the act's.
var scheduleWords = map[string]bool{"due": true, "schedule": true, "scheduled": true, "set": true, "expect": true,
	"expected": true, "slate": true, "slated": true, "poised": true, "likely": true}

// scheduledAct returns the infinitive that predicate p, a word of
// schedule, governs between it and the date at word first ("were due to
// start on 3 January", however the parse hung the date), else p: the
// date is the act's, not the time of being due.
func scheduledAct(s *syntax.Sentence, p, first int) int {
	if !scheduleWords[strings.ToLower(s.Words[p].Lemma)] || p >= first {
		return p
	}
	for _, x := range s.ChildrenWith(p, "xcomp") {
		if x > p && x < first && s.Words[x].UPOS == "VERB" && hasMark(s, x, "to") && !punctBetween(s, x, first) {
			return x
		}
	}
	return p
}

// punctBetween reports whether a punctuation mark stands between words a
// and b.
func punctBetween(s *syntax.Sentence, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.Words[k].UPOS == "PUNCT" {
			return true
		}
	}
	return false
}

// verbAsNoun reports whether sentence s has no verb or auxiliary and its
// root is a plural noun after a noun: a present verb in -s the tagger
// took for a noun ("The arrangement expires on 31 December").
func verbAsNoun(s *syntax.Sentence) bool {
	root := -1
	for k, w := range s.Words {
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return false
		}
		if w.Head < 0 {
			root = k
		}
	}
	return root > 0 && s.Words[root].XPOS == "NNS" && s.Words[root-1].UPOS == "NOUN"
}

// spanHead returns the word of first..last whose head lies outside it.
func spanHead(s *syntax.Sentence, first, last int) int {
	for k := first; k <= last; k++ {
		if h := s.Words[k].Head; h < first || h > last {
			return k
		}
	}
	return last
}

// clauseRels are the relations a clause's head can have; a verb attached
// otherwise ("obl", "nmod") is a mistagged noun, not a clause.
var clauseRels = map[string]bool{"root": true, "ccomp": true, "xcomp": true, "advcl": true, "conj": true,
	"acl": true, "parataxis": true, "csubj": true, "list": true, "dep": true}

// isPredicate reports whether word k heads a clause.
func isPredicate(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if !clauseRels[relBase(w.Rel)] {
		return false
	}
	if w.UPOS == "VERB" && !attributive(s, k) || w.UPOS == "AUX" && w.Head < 0 {
		return true
	}
	return len(s.ChildrenWith(k, "cop")) > 0
}

// attributive reports whether participle k stands between a determiner or
// possessive and its noun ("its remaining troops"): an adjective the
// tagger took for a verb.
func attributive(s *syntax.Sentence, k int) bool {
	if k == 0 || (s.Words[k].XPOS != "VBG" && s.Words[k].XPOS != "VBN") {
		return false
	}
	switch s.Words[k-1].XPOS {
	case "DT", "PRP$", "POS", "WP$":
		return true
	}
	return false
}

// nearestFinite returns the clause head of the finite verb nearest to
// words first..last (a modal or auxiliary leads to its verb), or -1.
func nearestFinite(s *syntax.Sentence, first, last int) int {
	best, dist := -1, len(s.Words)+1
	for k, w := range s.Words {
		if k >= first && k <= last {
			continue
		}
		switch w.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			continue
		}
		d := first - k
		if k > last {
			d = k - last
		}
		if d < dist {
			best, dist = k, d
		}
	}
	if best >= 0 && (relBase(s.Words[best].Rel) == "aux" || s.Words[best].Rel == "cop") && s.Words[best].Head >= 0 {
		if h := s.Words[best].Head; h < first || h > last {
			return h
		}
	}
	return best
}

// PredicateTense reads the tense of predicate p from its own tag and its
// auxiliaries; an infinitive or a participle without auxiliaries takes it
// from the verb that governs it (depth bounds that walk).
func PredicateTense(s *syntax.Sentence, p, depth int) tense {
	w := s.Words[p]
	var modal, have, be, beTag string
	to, progressive := false, false
	for _, c := range s.Children(p) {
		cw := s.Words[c]
		switch {
		case cw.XPOS == "MD":
			modal = strings.ToLower(cw.Lemma)
		case relBase(cw.Rel) == "aux" && cw.Lemma == "have" && (w.XPOS == "VBN" || perfectCopula(s, p)):
			have = cw.XPOS
		case (relBase(cw.Rel) == "aux" || cw.Rel == "cop") && cw.Lemma == "be":
			if cw.XPOS == "VBG" && w.XPOS == "VBN" {
				progressive = true // "is being introduced"
				if be != "" {
					continue // the finite "is" before it tells the tense
				}
			}
			be, beTag = cw.Lemma, cw.XPOS
		case cw.Rel == "mark" && strings.EqualFold(cw.Form, "to"):
			to = true
		}
	}
	switch {
	case modal == "would" && have != "":
		return tenseUnknown // "the offer would have given doctors a rise from April": an act that never came, either side of the writing
	case modal != "" && have != "":
		return TensePast // "could have signed"
	case modal != "":
		if futureModals[modal] || (modal == "would" || modal == "could") && backshifted(s, p) {
			return tenseFuture // "will sign"; "said it would sign", "agreed that talks could start": still to come when told
		}
		if purposeClause(s, p) {
			return purposeTense(s, p, depth) // "would be delivered so that vaccination could start"
		}
		return tenseUnknown
	case have != "":
		return TensePast // "has signed", "had signed"
	case be != "" && to:
		if beTag == "VBD" && !backshifted(s, p) {
			return tenseUnknown // "was to meet"; "said the trial was to begin" is "is to begin"
		}
		return tenseFuture // "is to meet"
	case be != "" && beTag == "VBD":
		return TensePast
	case be != "" && w.XPOS == "VBG":
		if beTag == "VBN" || beTag == "VB" {
			return tenseUnknown
		}
		return tenseFuture // "is meeting on Monday"
	case be != "" && progressive && (beTag == "VBZ" || beTag == "VBP"):
		return tenseFuture // "the levy is being introduced in January", like "is meeting on Monday"
	case be != "" && (beTag == "VBZ" || beTag == "VBP") && expectedWords[strings.ToLower(w.Lemma)]:
		return tenseFuture // "elections are due in May", "results are expected on Friday"
	case be != "" && (beTag == "VBZ" || beTag == "VBP"):
		return tensePresent
	case w.XPOS == "VBD" || pastTaggedPresent(w):
		return TensePast
	case w.XPOS == "VBZ" || w.XPOS == "VBP":
		return tensePresent
	case w.XPOS == "VBN" && w.Head < 0:
		return TensePast
	case w.XPOS == "VBN" && hasMark(s, p, "as") && !expectedWords[strings.ToLower(w.Lemma)] && !scheduleWords[strings.ToLower(w.Lemma)]:
		return TensePast // "As announced on 14 January, …": what the text refers back to was done ("as scheduled for Monday" is not)
	}
	if !to && w.XPOS == "VB" && p >= 2 && strings.EqualFold(s.Words[p-1].Form, "to") {
		// An infinitive the parse did not hang on its governor ("talks
		// due to take place"): read the word before "to".
		if g := s.Words[p-2]; futureGovernors[strings.ToLower(g.Lemma)] {
			switch {
			case pluperfect(s, p-2) || hadBefore(s, p-2):
				return tenseEither // "had been due to take place on Wednesday": the nearer Wednesday
			case g.XPOS == "VBD":
				return tenseUnknown
			}
			return tenseFuture
		}
	}
	return governedTense(s, p, to, depth)
}

// participleAside reports whether word p is a bare past participle set
// off by a comma before the verb it hangs on ("the deal, signed on
// Tuesday, …"), with no conjunction, auxiliary or subject of its own and
// not one of a schedule ("scheduled for Monday"): what it tells was done.
func participleAside(s *syntax.Sentence, p int) bool {
	w := s.Words[p]
	return w.XPOS == "VBN" && p > 0 && s.Words[p-1].Form == "," && w.Head > p && !futureGovernors[strings.ToLower(w.Lemma)] &&
		len(s.ChildrenWith(p, "mark", "aux", "aux:pass", "nsubj", "nsubj:pass")) == 0
}

// pastTaggedPresent reports whether a verb tagged as a plural present
// is written otherwise than its lemma ("rose" for "rise"): a past form
// the tagger took for a present one.
func pastTaggedPresent(w syntax.Word) bool {
	return w.XPOS == "VBP" && w.Lemma != "be" && !strings.EqualFold(w.Form, w.Lemma) &&
		!strings.HasPrefix(w.Form, "'") && !strings.HasPrefix(w.Form, "’")
}

// governedTense is the tense of a non-finite predicate p: an infinitive
// under a verb of intent said in the present is future ("plans to visit"),
// a participle modifying a noun has its own time; otherwise p shares its
// governor's tense ("met and signed", "failed to sign").
func governedTense(s *syntax.Sentence, p int, to bool, depth int) tense {
	switch w := s.Words[p]; relBase(w.Rel) {
	case "acl", "amod":
		// A participle or adjective modifying a noun keeps its own time:
		// "the law, passed in March" is past whatever the sentence's verb;
		// "talks scheduled for Monday", "talks due on Monday" say nothing.
		switch {
		case w.XPOS == "VBN" && anyOne(s, w.Head) && isPredicate(s, s.Words[w.Head].Head):
			return PredicateTense(s, s.Words[w.Head].Head, depth+1) // "any deal reached in March would be put to members": one yet to be
		case w.XPOS == "VBN" && !futureGovernors[strings.ToLower(w.Lemma)] && !to:
			return TensePast
		case to && w.Head >= 0 && futureGovernors[strings.ToLower(s.Words[w.Head].Lemma)]:
			return tenseFuture // "plans to withdraw", "a pledge to sign"
		}
		return tenseUnknown
	case "advcl":
		if participleAside(s, p) {
			return TensePast // "Under the deal, signed on Tuesday, the city will pay": a participle the parse took for a clause of the verb
		}
	}
	g := s.Words[p].Head
	if g < 0 || depth > 4 {
		if s.Words[p].XPOS == "VBN" {
			return TensePast
		}
		return tenseUnknown
	}
	gt := PredicateTense(s, g, depth+1)
	infinitive := to || s.Words[p].Rel == "xcomp"
	if gl := strings.ToLower(s.Words[g].Lemma); infinitive && (futureGovernors[gl] || requestVerbs[gl]) {
		switch {
		case gt == TensePast && presentPerfect(s, g):
			return tenseFuture // "have agreed to keep it open until March": agreed now, to come
		case gt == TensePast && reportedState(s, g):
			return tenseFuture // "said they were ready to resume talks in February": "we are ready"
		case gt == TensePast:
			return tenseEither // "planned to visit on Monday", "had been due to close on Wednesday": maybe done, maybe not
		}
		return tenseFuture
	}
	if gt == tenseUnknown && s.Words[p].XPOS == "VBN" {
		return TensePast
	}
	return gt
}

// qualifiesNoun reports whether the date at words first..last qualifies
// a noun rather than the verb: the present of the verb then tells
// nothing of when the date lies.
func qualifiesNoun(s *syntax.Sentence, first, last int) bool {
	h := spanHead(s, first, last)
	return h >= 0 && relBase(s.Words[h].Rel) == "nmod" && s.Words[h].Head >= 0 && s.Words[s.Words[h].Head].UPOS == "NOUN"
}

// anyOne reports whether noun n is chosen by "any" ("any deal reached in
// March"): a thing that may yet be, whose participle tells no past act.
func anyOne(s *syntax.Sentence, n int) bool {
	return n >= 0 && hasChildForm(s, n, "det", "any")
}

// perfectCopula reports whether predicate p is an adjective or noun
// linked by the participle "been" ("has been due", "had been keen"): the
// "have" before it makes the clause perfect.
func perfectCopula(s *syntax.Sentence, p int) bool {
	for _, c := range s.ChildrenWith(p, "cop") {
		if s.Words[c].XPOS == "VBN" {
			return true
		}
	}
	return false
}

// pluperfect reports whether predicate p carries the past "had" ("had
// planned", "had been due"): an act set before a past point of the story,
// which may lie on either side of publication.
func pluperfect(s *syntax.Sentence, p int) bool { return PerfectTag(s, p) == "VBD" }

// hadBefore reports whether "had" or "had been" stands right before word
// g, an adverb aside ("had originally been due"): a pluperfect the parse
// did not hang on g.
func hadBefore(s *syntax.Sentence, g int) bool {
	for k := g - 1; k >= 0 && k >= g-3; k-- {
		switch w := s.Words[k]; {
		case strings.EqualFold(w.Form, "had"):
			return true
		case strings.EqualFold(w.Form, "been") || w.UPOS == "ADV":
		default:
			return false
		}
	}
	return false
}

// presentPerfect reports whether predicate p carries "has" or "have"
// ("has agreed"): an act of the story's own time.
func presentPerfect(s *syntax.Sentence, p int) bool {
	t := PerfectTag(s, p)
	return t == "VBZ" || t == "VBP"
}

// PerfectTag returns the tag of the "have" that makes predicate p
// perfect ("VBZ" for "has agreed", "VBD" for "had agreed"), or "".
func PerfectTag(s *syntax.Sentence, p int) string {
	for _, c := range s.ChildrenWith(p, "aux") {
		if w := s.Words[c]; w.Lemma == "have" {
			return w.XPOS
		}
	}
	return ""
}

// relBase returns a relation without its subtype.
func relBase(rel string) string {
	b, _, _ := strings.Cut(rel, ":")
	return b
}

// planningVerbs set out an event for a later day: the day after their
// object is the event's ("planned walkouts on 3 December").
var planningVerbs = map[string]bool{"plan": true, "schedule": true}

// callingVerbs call an event into being ("had called a walkout from
// Thursday").
var callingVerbs = map[string]bool{"call": true, "announce": true}

// eventStarts are the prepositions that give the day an event runs from
// or is set for.
var eventStarts = map[string]bool{"from": true, "for": true}

// untilEvent returns the tense of a date that says when an event comes
// that a state lasts until ("has granted him bail until sentencing on 15
// January", "remanded in custody until his trial in March"): the event
// lies ahead of the state granted now, and of one granted in the past
// maybe too, the nearer day then.
func untilEvent(s *syntax.Sentence, p, first, last int) (tense, bool) {
	event := p // "until sentencing", the gerund the date hangs on
	if p < 0 || s.Words[p].XPOS != "VBG" || !hasMark(s, p, "until") && !hasMark(s, p, "pending") {
		event = s.Words[spanHead(s, first, last)].Head // "until his trial", the noun the date hangs on
		if event < 0 || s.Words[event].UPOS != "NOUN" || !eventNouns[strings.ToLower(s.Words[event].Lemma)] || !hasChildForm(s, event, "case", "until") {
			return 0, false
		}
	}
	main := s.Words[event].Head
	for main >= 0 && !isPredicate(s, main) {
		main = s.Words[main].Head
	}
	if main < 0 || PredicateTense(s, main, 0) == TensePast {
		return tenseUnknown, true
	}
	return tenseFuture, true
}

// mandated reports whether the date at words first..last stands in a
// clause with "that" and no finite verb after a verb that proposes or
// demands ("proposed that a joint commission meet in Santiago on Jan.
// 14", "insisted that the vote be held on Monday"): what is proposed is to
// come.
func mandated(s *syntax.Sentence, first, last int) bool {
	for k, steps := spanHead(s, first, last), 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		h := s.Words[k].Head
		if relBase(s.Words[k].Rel) != "ccomp" || h < 0 || h > first || !mandatingVerbs[strings.ToLower(s.Words[h].Lemma)] {
			continue
		}
		if !hasMark(s, k, "that") {
			return false
		}
		for x := h + 1; x < first; x++ {
			if t := s.Words[x].XPOS; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
				return false // "proposed that the talks, which began on Monday, …"; "suggested that it would"
			}
		}
		return true
	}
	return false
}

// mandatingVerbs propose or demand that something be done.
var mandatingVerbs = map[string]bool{"propose": true, "suggest": true, "recommend": true, "demand": true, "insist": true,
	"request": true, "urge": true, "ask": true, "require": true, "order": true}

// proposingVerbs put an event forward ("proposed a separate round of
// talks in Nordvaag in March").
var proposingVerbs = map[string]bool{"propose": true, "suggest": true}

// plannedObject reports whether verb p plans an event named by its object
// and the date at word first, after that object, is the parse's phrase of
// time of p: the date of the planned event, not of the planning. A verb
// that proposes plans so when its object names an event (see eventNouns)
// or a round of one.
func plannedObject(s *syntax.Sentence, p, first int) bool {
	lemma := strings.ToLower(s.Words[p].Lemma)
	if planningVerbs[lemma] {
		return objectBefore(s, p, first)
	}
	if !proposingVerbs[lemma] {
		return false
	}
	for _, o := range s.ChildrenWith(p, "obj") {
		if o >= first || s.Words[o].UPOS != "NOUN" {
			continue
		}
		if eventNouns[strings.ToLower(s.Words[o].Lemma)] {
			return true
		}
		for _, n := range s.ChildrenWith(o, "nmod") {
			if n < first && eventNouns[strings.ToLower(s.Words[n].Form)] {
				return true // "a separate round of talks"
			}
		}
	}
	return false
}

// calledEvent reports whether verb p, in the pluperfect, had called an
// event named by its object and the date at word first, after "from" or
// "for", is that event's ("had called a walkout from Thursday"): set
// before a past point of the story, the event may lie on either side of
// publication, the nearer day.
func calledEvent(s *syntax.Sentence, p, first int) bool {
	if !callingVerbs[strings.ToLower(s.Words[p].Lemma)] || !pluperfect(s, p) || first < 1 || !eventStarts[strings.ToLower(s.Words[first-1].Form)] {
		return false
	}
	return objectBefore(s, p, first)
}

// objectBefore reports whether verb p has a noun for its object before
// word first.
func objectBefore(s *syntax.Sentence, p, first int) bool {
	for _, o := range s.ChildrenWith(p, "obj") {
		if o < first && s.Words[o].UPOS == "NOUN" {
			return true
		}
	}
	return false
}
