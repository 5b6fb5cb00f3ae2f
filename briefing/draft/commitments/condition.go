package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// conditionOf returns the head of an if/unless/provided clause that verb i
// (or the clause it completes) depends on, or -1.
func conditionOf(s *syntax.Sentence, i int) int {
	end := len(s.Words) - 1
	if text.RelIs(s.Words[i].Rel, "acl") {
		_, end = s.Subtree(i) // "the agreement, signed by both, | the airline will …, provided …": the proviso is the main clause's
	}
	for k := i + 1; k <= end; k++ {
		if commitVerbs[s.Words[k].Lemma] != (predicate{}) && s.Words[k].UPOS == "VERB" {
			break // a later commitment is nearer to what follows
		}
		if provisoWord(s, k) { // "…, provided the pact is ratified in time": the parser hangs it anywhere
			return provisoClause(s, k)
		}
	}
	if k := frontedProviso(s, i); k >= 0 {
		return k // "Provided the regulator clears it, the vessels will call"
	}
	if k := looseCondition(s, i); k >= 0 {
		return k // "would respect the truce \"as long as the other side does\"", hung on the sayer
	}
	top := i
	for top >= 0 && text.RelIs(s.Words[top].Rel, "xcomp") {
		top = s.Words[top].Head
	}
	for k, w := range s.Words {
		timed := clauseConditionMarks[lower(w.Form)] && (w.Rel == "mark" || opensClause(s, k)) || asLongAs(s, k) || onlyWhen(s, k) || notBefore(s, k) || timeAfter(s, k)
		if !conditionMarks[lower(w.Form)] && !timed || w.Head < 0 || w.Head == i || evenIf(s, k) {
			continue // "until" opens a condition only as a clause: "until the guns fall silent", not "until 2025"
		}
		if timed && !hangsNear(s, w.Head, i, top) {
			continue // a clause of time belongs to the verb it hangs on, not to a clause that reports it
		}
		if h := w.Head; h != top && top >= 0 && s.Dominates(top, h) && !s.Dominates(h, i) && !viaConjunct(s, top, h) && !viaRelative(s, top, h) && !reportedBelow(s, top, i, h) &&
			!withinConcession(s, top, i, k, h) {
			return h
		}
	}
	if k := conditionOnSaying(s, i); k >= 0 {
		return k // "said the walkout would go ahead | only if ministers refused to talk", hung on "said"
	}
	if k := misreadUntil(s, i); k >= 0 {
		return k // "would continue until | the authority | returned to talks", the subject read as the object of "until"
	}
	if k := strayCondition(s, i); k >= 0 {
		return k // "would pay …, but only if the Union released the funds", hung on the full stop
	}
	if k := inReturnFor(s, i, top); k >= 0 {
		return k // "could be made in return for a seat on the board"
	}
	if k := onCondition(s, i, top); k >= 0 {
		return k // "would lift the ban on condition that the firms paid"
	}
	if k := pendingOn(s, i, top); k >= 0 {
		return k // "would close the library, pending a review of its budget"
	}
	if k := sanctionOf(s, i, top); k >= 0 {
		return k // "gave the junta until March 31 to present a calendar, failing which the bloc would impose a ban"
	}
	if k := referredCondition(s, i, top); k >= 0 {
		return k // "The vote may fail. In that case, the prime minister will call an election."
	}
	if end := invertedCondition(s); end >= 0 && i > end {
		return 0
	}
	if k := subjectTo(s); k >= 0 && (k == 0 && i > clauseEnd(s, 0) || k > i && (top < 0 || s.Dominates(top, k))) {
		return k // "Subject to approval by shareholders, it will buy …", "will buy it, subject to approval"
	}
	return -1
}

// withinConcession reports whether the condition marked at word m, whose
// clause hangs on word h, lies in a clause of concession below top (see
// concedes): on h's path to top, or, when the parser hung the condition
// on punctuation, opened between verb i and the mark.
func withinConcession(s *syntax.Sentence, top, i, m, h int) bool {
	for k := h; k >= 0 && k != top; k = s.Words[k].Head {
		if concedes(s, top, k) {
			return true
		}
	}
	for k := i + 1; k < m && s.Words[h].UPOS == "PUNCT"; k++ {
		if s.Words[k].UPOS == "VERB" && concedes(s, top, k) {
			return true
		}
	}
	return false
}

// reportedBelow reports whether the clause h lies in what another verb
// below top than verb i reports ("agreed to dredge the channel, after two
// customers said they would move services elsewhere unless deeper berths
// were available"): the condition of what is reported, not of i.
func reportedBelow(s *syntax.Sentence, top, i, h int) bool {
	for k, steps := h, 0; k >= 0 && k != top && steps < len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if v := s.Words[k].Head; text.RelIs(s.Words[k].Rel, "ccomp") && v != i && v != top && v >= 0 && text.ReportVerbs[s.Words[v].Lemma] {
			return true
		}
	}
	return false
}

// clauseConditionMarks open a condition when they open a clause ("until
// the guns fall silent", "once the deal is approved").
var clauseConditionMarks = WordSet("until once")

// opensClause reports whether word k, whatever the parser read it as,
// stands right before the subject of the clause it hangs on ("once | the
// ambassadors were back", "once" read as an adverb of "back"): it opens
// that clause.
func opensClause(s *syntax.Sentence, k int) bool {
	h := s.Words[k].Head
	if h <= k || !predicateWords[s.Words[h].UPOS] {
		return false // "until | the fare …", hung on the full stop
	}
	n := firstChild(s, h, "nsubj", "nsubj:pass")
	if n <= k || n >= h {
		return false
	}
	f, _ := phrase(s, n)
	return f == k+1
}

// predicateWords are the parts of speech that head a clause.
var predicateWords = WordSet("VERB AUX ADJ ADV")

// hangsNear reports whether the clause headed by h hangs on verb i, on
// top, the verb i completes, or on the act i commits to ("agreed to
// begin construction only after …"), directly or through one word that
// is no verb ("as soon as": through "soon").
func hangsNear(s *syntax.Sentence, h, i, top int) bool {
	head := s.Words[h].Head
	if head == i || head == top || head >= 0 && s.Words[head].Head == i && text.RelIs(s.Words[head].Rel, "xcomp") {
		return true
	}
	return head >= 0 && s.Words[head].UPOS != "VERB" && (s.Words[head].Head == i || s.Words[head].Head == top)
}

// notBefore reports whether word k is "before" opening a clause that
// hangs on a denied act ("agreed not to begin construction before the
// assessment is published"): the act waits on the clause, as "only
// after" would say.
func notBefore(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if lower(w.Form) != "before" || w.Rel != "mark" || w.Head < 0 {
		return false
	}
	v := s.Words[w.Head].Head
	return v >= 0 && hasChildLemma(s, v, negations, "advmod")
}

// negations deny the act they modify.
var negations = WordSet("not never")

// onlyWhen reports whether word k opens a clause of time that "only"
// makes a condition ("will only be freed after a ceasefire takes effect",
// "would pay only when the work was finished"): "only" right before it,
// or on the verb its clause hangs on.
func onlyWhen(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if !timeMarks[lower(w.Form)] || !text.RelIs(w.Rel, "mark", "advmod") || w.Head < 0 {
		return false
	}
	if k >= 1 && lower(s.Words[k-1].Form) == "only" {
		return true
	}
	v := s.Words[w.Head].Head
	return v >= 0 && hasChildLemma(s, v, WordSet("only"), "advmod")
}

// timeAfter reports whether word k is "after" opening a clause right
// after a span of time ("the day after the constitution is changed", "30
// days after the two countries have exchanged instruments"): the act
// waits on the clause.
func timeAfter(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	return k >= 1 && lower(w.Form) == "after" && w.Rel == "mark" && w.Head > k && timeSpans[s.Words[k-1].Lemma] &&
		firstChild(s, k-1, "nummod", "det") >= 0 && // "30 days after", "the day after"; not "weeks after he faces Seitkali"
		firstChild(s, w.Head, "nsubj", "nsubj:pass") >= 0 // an event told in a clause of its own, not "in the new year after rejecting the offer"
}

// timeSpans are the nouns of a span of time.
var timeSpans = WordSet("day week month year hour minute morning moment")

// timeMarks open a clause of time.
var timeMarks = WordSet("after when once")

// asLongAs reports whether word k is the last "as" of "as soon as", "as
// long as" or "so long as" opening a clause: the commitment waits on it
// or holds only while it does ("will respect the truce as long as the
// army does"); "as long as it takes" states resolve, no condition.
func asLongAs(s *syntax.Sentence, k int) bool {
	if k < 2 || lower(s.Words[k].Form) != "as" || s.Words[k].Rel != "mark" || resolveIdiom(s, k+1) || forAsLong(s, k) {
		return false
	}
	switch lower(s.Words[k-2].Form) + " " + lower(s.Words[k-1].Form) {
	case "as soon", "as long", "so long":
		return true
	}
	return false
}

// forAsLong reports whether the "as" at k closes "for as long as" before
// a clause of a thing's own life, which tells how long an act lasts, not
// what it waits on ("will run free buses for as long as the combined
// school operates", "for as long as the arrangement remains in force",
// "for as long as they remain at primary school");
// not "for as long as inflation stays above 5%" or "for as long as the
// government does".
func forAsLong(s *syntax.Sentence, k int) bool {
	if k < 3 || lower(s.Words[k-3].Form) != "for" || lower(s.Words[k-2].Form) != "as" {
		return false
	}
	for j := k + 1; j < len(s.Words) && s.Words[j].UPOS != "PUNCT"; j++ {
		switch w := s.Words[j]; {
		case lifeVerbs[w.Lemma] && w.UPOS == "VERB":
			return true
		case (w.Lemma == "remain" || w.Lemma == "stay" || w.Lemma == "be") && j+2 < len(s.Words) && inForce[lower(s.Words[j+1].Form)+" "+lower(s.Words[j+2].Form)]:
			return true
		case (w.Lemma == "remain" || w.Lemma == "stay") && w.UPOS == "VERB" && j+1 < len(s.Words) && placedIn[lower(s.Words[j+1].Form)]:
			return true // "for as long as they remain at primary school": the time they spend there
		}
	}
	return false
}

// placedIn are the prepositions after "remain" or "stay" that tell where
// one spends the time ("remain at primary school", "stay in the city").
var placedIn = WordSet("at in on with")

// lifeVerbs tell that a thing goes on existing or working.
var lifeVerbs = WordSet("operate last exist function")

// inForce are the words after "remain" or "stay" that tell a thing is
// still in force.
var inForce = map[string]bool{"in force": true, "in place": true, "in effect": true, "in operation": true}

// strayCondition returns the "if" or "unless" after verb i that the
// parser hung on a punctuation mark, leaving its clause out of the tree,
// when no verb outside i's clause stands between them; -1 when there is
// none.
func strayCondition(s *syntax.Sentence, i int) int {
	for k := i + 1; k < len(s.Words); k++ {
		w := s.Words[k]
		if w.UPOS == "VERB" && (!s.Dominates(i, k) || viaConjunct(s, i, k) || concedes(s, i, k)) {
			return -1 // another clause, whose condition it would be
		}
		if (lower(w.Form) == "if" || lower(w.Form) == "unless") && w.Rel == "mark" && w.Head > k && !evenIf(s, k) {
			if h := w.Head; s.Words[h].UPOS == "PUNCT" || s.Words[h].Head >= 0 && s.Words[s.Words[h].Head].UPOS == "PUNCT" {
				return k
			}
		}
	}
	return -1
}

// conditionOnSaying returns the verb of an if, unless or until clause
// that the parser hung on the verb of saying whose complement verb i is,
// after verb i or before the saying ("If it does, the council has said it
// will hire a barrister"): one says nothing on a condition, so it is the
// condition of what is said; -1 when there is none.
func conditionOnSaying(s *syntax.Sentence, i int) int {
	w := s.Words[i]
	if w.Head < 0 || w.Head > i || !text.RelIs(w.Rel, "ccomp") || !text.ReportVerbs[s.Words[w.Head].Lemma] {
		return -1
	}
	for _, h := range s.ChildrenWith(w.Head, "advcl", "parataxis") {
		if (h > i && !conjunctBetween(s, i, h) || h < w.Head) && hasChildLemma(s, h, WordSet("if unless until"), "mark") && !evenIf(s, firstChild(s, h, "mark")) {
			return h
		}
	}
	return -1
}

// conjunctBetween reports whether a verb coordinated with verb i in a
// clause of its own stands between i and word h ("would present a budget
// and would hold a vote | only if …"): what comes after it is nearer to
// that verb.
func conjunctBetween(s *syntax.Sentence, i, h int) bool {
	for k := i + 1; k < h; k++ {
		if s.Words[k].UPOS == "VERB" && viaConjunct(s, i, k) {
			return true
		}
	}
	return false
}

// misreadUntil returns the verb of an "until" or "unless" clause that the
// parser read as a preposition on verb i or a verb completing it: "until"
// with a noun after it that a verb in a finite tense follows at once
// ("would continue until the authority returned to talks", "would stop
// buying it until an audit had been completed"); -1 when there is none.
func misreadUntil(s *syntax.Sentence, i int) int {
	var obls []int
	for _, v := range complementChain(s, i) {
		obls = append(obls, s.ChildrenWith(v, "obl")...)
	}
	for _, n := range obls {
		if !hasChildLemma(s, n, WordSet("until unless"), "case") {
			continue
		}
		_, last := phrase(s, n)
		if v := verbAfterSubject(s, last); v >= 0 {
			return v
		}
		if _, end := s.Subtree(n); end > last {
			if v := verbAfterSubject(s, end); v >= 0 {
				return v // "until an audit of how the money was spent | had been completed": the noun's clause read into it
			}
		}
	}
	return -1
}

// verbAfterSubject returns the verb in a finite tense that follows word
// last at once, past its auxiliaries ("until a new cabinet | is sworn
// in", "until an audit | was finished", "finished" read as an
// adjective), or -1.
func verbAfterSubject(s *syntax.Sentence, last int) int {
	v, tensed := last+1, false
	for v < len(s.Words) && s.Words[v].UPOS == "AUX" && s.Words[v].Head > v {
		tensed = tensed || finiteForms[s.Words[v].XPOS]
		v++
	}
	if v < len(s.Words) && (s.Words[v].UPOS == "VERB" && (finiteForms[s.Words[v].XPOS] || tensed) || s.Words[v].UPOS == "ADJ" && tensed) {
		return v
	}
	return -1
}

// complementChain returns verb i and the verbs that complete it in turn
// ("would stop | buying …"): an "until" that the parser hung on one of
// them bounds them all.
func complementChain(s *syntax.Sentence, i int) []int {
	chain := []int{i}
	for v := i; len(chain) <= len(s.Words); chain = append(chain, v) {
		if v = firstChild(s, v, "xcomp"); v < 0 || s.Words[v].UPOS != "VERB" {
			break
		}
	}
	return chain
}

// finiteForms are the tags of a verb in a tense of its own or a participle
// that may stand for one.
var finiteForms = WordSet("VBD VBZ VBP VBN")

// inReturnFor returns the noun of an "in return for" or "in exchange for"
// that hangs on verb i or on top, the verb i completes: what the
// commitment is traded against, its condition; -1 when there is none.
func inReturnFor(s *syntax.Sentence, i, top int) int {
	for k, w := range s.Words {
		if l := lower(w.Form); l != "return" && l != "exchange" || k+1 >= len(s.Words) || lower(s.Words[k+1].Form) != "for" ||
			!hasChildLemma(s, k, WordSet("in"), "case") {
			continue
		}
		if h := w.Head; h == i || h == top || s.Words[h].Head == i && text.RelIs(s.Words[h].Rel, "xcomp") {
			return k // on the commitment or on what it commits to: "agreed to cut tariffs in exchange for access"
		}
	}
	return -1
}

// traded reports whether condition k is what a commitment is traded
// against ("could be made in return for a seat"): an offer on terms, where
// an "if" after "could" leaves a mere possibility.
func traded(s *syntax.Sentence, k int) bool {
	l := lower(s.Words[k].Form)
	return l == "return" || l == "exchange"
}

// onCondition returns the clause of an "on condition that" (or "on the
// condition that") that hangs on verb i or on top, the verb i completes:
// the verb of the "that" clause, else the word "condition"; -1 when there
// is none.
func onCondition(s *syntax.Sentence, i, top int) int {
	for k, w := range s.Words {
		if lower(w.Form) != "condition" || !hasChildLemma(s, k, WordSet("on"), "case") || w.Head != i && w.Head != top && !objectOf(s, w.Head, i) {
			continue // the parser may hang it on the object: "cleared the takeover | on condition that …"
		}
		if k+1 < len(s.Words) && lower(s.Words[k+1].Form) == "that" && s.Words[k+1].Head > k+1 {
			return s.Words[k+1].Head // the parser hangs the clause on the noun or beside it
		}
		return k
	}
	return -1
}

// reportedConjunct returns the first word of a clause coordinated inside
// the condition headed by h that opens with "that" and has a subject of
// its own, has a modal of its own or is a commitment verb ("if wage
// growth failed to slow, and that it would publish a review", "until a new
// cabinet is sworn in but will step down as party leader", "if no budget
// had passed, and ruled out joining any government"): another thing said,
// which the parser hung on the condition; -1 when there is none.
func reportedConjunct(s *syntax.Sentence, h int) int {
	for k := h + 1; k < len(s.Words); k++ {
		w := s.Words[k]
		said := firstChild(s, k, "nsubj") >= 0 && hasChildLemma(s, k, WordSet("that"), "mark")
		if !text.RelIs(w.Rel, "conj") || !s.Dominates(h, k) || !said && modalOf(s, k) == "" && !ownAct(s, k) {
			continue
		}
		f, _ := s.Subtree(k)
		return f
	}
	return -1
}

// conditionEnd returns the last word of a condition whose parse ends at
// word l: the words up to the next comma, short of a clause coordinated
// with a modal of its own ("until a new cabinet is sworn in | but will
// step down"), which is another commitment.
func conditionEnd(s *syntax.Sentence, l int) int {
	end := clauseEnd(s, l)
	for m := l + 1; m <= end; m++ {
		if h := s.Words[m].Head; text.RelIs(s.Words[m].Rel, "cc") && h > m && text.RelIs(s.Words[h].Rel, "conj") && modalOf(s, h) != "" {
			return trimEnd(s, l, m-1)
		}
	}
	return end
}

// objectOf reports whether word k is the object of verb i.
func objectOf(s *syntax.Sentence, k, i int) bool {
	return k >= 0 && s.Words[k].Head == i && text.RelIs(s.Words[k].Rel, "obj")
}

// subjectTo returns the word "subject" of a "subject to" that sets a
// condition ("subject to shareholders' approval"), or -1; "subject to a
// 10% tax" sets none. The tagger may read "subject" as a noun ("the Bank
// of Israel job subject to approval").
func subjectTo(s *syntax.Sentence) int {
	for k := 0; k+1 < len(s.Words); k++ {
		if lower(s.Words[k].Form) != "subject" || s.Words[k].UPOS != "ADJ" && s.Words[k].UPOS != "NOUN" || lower(s.Words[k+1].Form) != "to" {
			continue
		}
		for n := k + 2; n < len(s.Words) && n <= k+6; n++ {
			if approvals[s.Words[n].Lemma] || n > k+2 && s.Words[n].XPOS == "VBG" {
				return k // "subject to approval", "subject to the venues passing an inspection"
			}
		}
	}
	return -1
}

// approvals are what a commitment may wait on.
var approvals = WordSet("approval consent ratification clearance agreement review vote confirmation condition term " +
	"permission authorisation authorization inspection finance financing funding undertaking remedy requirement safeguard")

// invertedCondition returns the comma that closes a condition opening the
// sentence with its auxiliary first ("Should the offer be accepted, he
// would pay …", "Were the talks to fail, …"), or -1. The parser often
// hangs the rest of the sentence on such a clause, so it is read from the
// words alone.
func invertedCondition(s *syntax.Sentence) int {
	a := 0
	for a < len(s.Words) && (s.Words[a].UPOS == "PUNCT" || s.Words[a].XPOS == "LS") {
		a++ // an opening quote: "\"Had the government refused …"; a list's number: "6. Should the crew …"
	}
	if len(s.Words)-a < 4 || s.Words[a].UPOS != "AUX" && s.Words[a].UPOS != "VERB" { // the tagger may read "Had" as a verb
		return -1
	}
	switch lower(s.Words[a].Form) {
	case "should", "were", "had":
	default:
		return -1
	}
	if u := s.Words[a+1].UPOS; u != "DET" && u != "NOUN" && u != "PROPN" && u != "PRON" {
		return -1 // "Should we …?" asks, "Had it not been …" reads on
	}
	participle := false
	for k, w := range s.Words[a+2:] {
		if w.Form == "," {
			if lower(s.Words[a].Form) == "had" && !participle {
				return -1 // "Had enough, …": no perfect, no condition
			}
			return a + 2 + k
		}
		participle = participle || w.XPOS == "VBN" || w.XPOS == "VBD"
	}
	return -1
}

// provisoWord reports whether word k is "provided" or "providing" read
// as a verb that opens a condition ("provided (that) it is ratified").
func provisoWord(s *syntax.Sentence, k int) bool {
	f := lower(s.Words[k].Form)
	if f != "provided" && f != "providing" || firstChild(s, k, "nsubj") >= 0 && !futureProviso(s, k) || text.RelIs(s.Words[k].Rel, "acl", "amod") ||
		hasCase(s, k, "by", "to", "for", "with") {
		return false // "it provided funds", "aid provided by the UN"
	}
	if o := firstChild(s, k, "obj"); o >= 0 && clauseOf(s, o) < 0 && !setOffProviso(s, k) && !futureProviso(s, k) && !thatProviso(s, k) {
		return false // "providing shelter": what is given, no condition
	}
	return provisoClause(s, k) >= k
}

// frontedProviso returns "provided" or "providing" when it opens the
// sentence's clause before verb i and hangs on it as a clause with one of
// its own ("Providing that the talks succeed, the union will call off the
// strike"), or -1.
func frontedProviso(s *syntax.Sentence, i int) int {
	for _, k := range s.ChildrenWith(i, "advcl") {
		if f := lower(s.Words[k].Form); k < i && (f == "provided" || f == "providing") && firstChild(s, k, "ccomp", "advcl", "xcomp") > k {
			return k
		}
	}
	return -1
}

// setOffProviso reports whether "provided" at k follows a comma with no
// auxiliary of its own (", provided the Union unfroze $6bn"): a condition
// even when the parser lost its clause's verb.
func setOffProviso(s *syntax.Sentence, k int) bool {
	return k > 0 && s.Words[k-1].Form == "," && lower(s.Words[k].Form) == "provided" && firstChild(s, k, "aux", "aux:pass") < 0
}

// thatProviso reports whether "provided" at k, followed by "that", has
// neither a subject, an auxiliary nor an "and" of its own: no verb of a
// clause, whatever the parser hung on it, but the opening of a condition
// ("was ready to cut provided that core inflation keeps falling", "keeps"
// read as a noun), where "provided that information" has a subject before
// it.
func thatProviso(s *syntax.Sentence, k int) bool {
	return k+1 < len(s.Words) && lower(s.Words[k].Form) == "provided" && lower(s.Words[k+1].Form) == "that" &&
		firstChild(s, k, "nsubj", "aux", "aux:pass", "cc") < 0
}

// futureProviso reports whether "provided" at k, with no auxiliary of its
// own, hangs as a clause on a verb with will or would that reports
// nothing ("Vietnam will meet the date provided the finance arrives",
// "date" misread as its subject): a past act cannot complete a future
// one, so it opens a condition.
func futureProviso(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	h := w.Head
	if lower(w.Form) != "provided" || h < 0 || h > k || !text.RelIs(w.Rel, "ccomp", "xcomp", "advcl", "conj", "parataxis") ||
		firstChild(s, k, "aux", "aux:pass") >= 0 || text.ReportVerbs[s.Words[h].Lemma] {
		return false
	}
	m := modalOf(s, h)
	return willModals[m] || m == "would"
}

// clauseOf returns a verb that the parser hung on noun o as a clause of
// its own, or -1: "provided | the rebels handed over their weapons" read
// "the rebels" as the object of "provided".
func clauseOf(s *syntax.Sentence, o int) int {
	for _, v := range s.ChildrenWith(o, "acl", "acl:relcl") {
		if v > o && s.Words[v].UPOS == "VERB" && firstChild(s, v, "mark", "nsubj") < 0 {
			return v
		}
	}
	return -1
}

// provisoClause returns the verb of the condition that "provided" at k
// opens: its clausal dependent, else the first verb after it with a
// subject of its own, else "provided" itself when it is set off by a
// comma; -1 when there is none.
func provisoClause(s *syntax.Sentence, k int) int {
	if futureProviso(s, k) {
		return k // its words are all it has: "will meet the date | provided the finance arrives", "arrives" read as a noun
	}
	if c := firstChild(s, k, "ccomp", "advcl"); c > k {
		return c
	}
	if o := firstChild(s, k, "obj"); o >= 0 && clauseOf(s, o) >= 0 {
		return clauseOf(s, o)
	}
	if setOffProviso(s, k) && firstChild(s, k, "obj") >= 0 {
		return k // its words are all it has: "provided the Union | unfroze $6bn", the verb read as an adverb
	}
	for v := k + 1; v < len(s.Words); v++ {
		if s.Words[v].UPOS == "VERB" && firstChild(s, v, "nsubj") >= 0 {
			return v
		}
	}
	if k+1 < len(s.Words) && lower(s.Words[k+1].Form) == "that" {
		return k // "provided that | the ceasefire held …", its clause lost to a misparse: the words up to the next comma
	}
	return -1
}

// viaConjunct reports whether word h hangs from top through a verb
// coordinated with it that makes a clause of its own, with a modal, an
// auxiliary or a subject ("would appeal and may sue if it fails": the
// condition is the suing's). A conjunct that shares top's modal shares its
// condition too ("will give free childcare and build 100,000 homes if
// they win": both wait on the win), and so does what is agreed when the
// conjunct says when the deal takes effect ("agreed a lease, but the deal
// will not take effect unless the regulator approves it").
func viaConjunct(s *syntax.Sentence, top, h int) bool {
	for k := h; k >= 0 && k != top; k = s.Words[k].Head {
		if s.Words[k].Head == top && text.RelIs(s.Words[k].Rel, "conj") {
			if startClause(s, k) && arrangementSubject(s, k) {
				return false // "have agreed a lease, but the deal will not take effect unless the regulator approves it"
			}
			return firstChild(s, k, "aux", "aux:pass", "nsubj", "nsubj:pass") >= 0 || s.Words[k].UPOS != "VERB" ||
				text.ReportVerbs[s.Words[k].Lemma] // "agreed to attend but said the strike would go ahead unless …": what it said holds on that
		}
	}
	return false
}

// viaRelative reports whether word h hangs on top through a relative
// clause: a condition inside it tells what the thing it describes does,
// not on what the act holds ("signed an accord that lets either side
// reopen talks if inflation runs above forecasts").
func viaRelative(s *syntax.Sentence, top, h int) bool {
	for k := h; k >= 0 && k != top; k = s.Words[k].Head {
		if text.RelIs(s.Words[k].Rel, "acl:relcl") {
			return true
		}
	}
	return false
}
