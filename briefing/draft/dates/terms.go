package dates

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Dates of terms: an event named as a noun inside a plan, a proposal or
// what is agreed or promised ("plans for a march on Saturday", "agreed on
// elections in September", "promised a referendum in the spring") lies
// ahead of the planning or the agreeing, whatever the tense that tells of
// it.

// intentNouns name what is to be done: an event in a noun phrase they
// govern is still to come when they are made.
var intentNouns = map[string]bool{"plan": true, "proposal": true, "pledge": true, "promise": true,
	"commitment": true, "timetable": true, "roadmap": true, "target": true, "intention": true, "schedule": true,
	"call": true, "demand": true, "threat": true, "agenda": true, "blueprint": true}

// termVerbs take as their object or "on"/"to"/"for" complement an event
// still to come: "agreed on elections in September", "promised a
// referendum in the spring", "called for a vote in March".
var termVerbs = map[string]bool{"agree": true, "promise": true, "pledge": true, "propose": true, "plan": true,
	"demand": true, "call": true, "urge": true, "seek": true, "recommend": true, "envisage": true,
	"foresee": true, "provide": true, "guarantee": true, "vow": true, "commit": true, "threaten": true}

// termCases are the prepositions that join a term to its verb ("agree
// on", "commit to", "call for", "provide for").
var termCases = map[string]bool{"on": true, "to": true, "for": true}

// termTense reports the tense of the date at words first..last when it
// belongs to the terms of a plan or agreement, and whether it does. The
// date must hang on an event noun, or on a participle that describes a
// noun ("the threshold raised by 8% in January"); a date the parse hung
// on the planning verb itself is the planning's ("promised in March to
// hold a referendum"), and so is a date on something that is no event
// ("unveiled plans for a factory on Monday"). A term set in the
// pluperfect ("had agreed on elections in September") keeps the tense of
// its clause.
func termTense(s *syntax.Sentence, first, last int) (tense, bool) {
	child := spanHead(s, first, last)
	event, nouns := false, 0
	for k, steps := s.Words[child].Head, 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		w := s.Words[k]
		switch {
		case w.UPOS == "NOUN" || w.UPOS == "PROPN":
			if nouns > 0 && !partOf(s, child) {
				return intentBefore(s, first, last) // "the deal at a meeting on Monday": the meeting's own time
			}
			if nouns == 0 {
				event = event || eventNouns[strings.ToLower(w.Lemma)]
			}
			if nouns > 0 && event && w.UPOS == "NOUN" && intentNouns[strings.ToLower(w.Lemma)] {
				return aheadOf(s, k, first, last)
			}
			nouns++
		case nouns == 0 && reducedRelative(s, k):
			event = true
		case nouns > 0 && event && w.UPOS == "VERB" && termVerbs[strings.ToLower(w.Lemma)] && joinsTerm(s, child):
			return aheadOf(s, k, first, last)
		case nouns > 0 && w.UPOS == "VERB" && setsOut(s, k, child):
			return tenseFuture, true
		default:
			return intentBefore(s, first, last)
		}
		if relBase(w.Rel) == "nsubj" || w.Head < 0 {
			break
		}
		child = k
	}
	return intentBefore(s, first, last)
}

// eventNouns name events a plan or an agreement may set a date for.
var eventNouns = map[string]bool{"election": true, "vote": true, "ballot": true, "referendum": true, "poll": true,
	"strike": true, "walkout": true, "stoppage": true, "march": true, "protest": true, "rally": true,
	"demonstration": true, "vigil": true, "meeting": true, "talk": true, "talks": true, "summit": true,
	"conference": true, "hearing": true, "trial": true, "debate": true, "visit": true, "launch": true,
	"opening": true, "reopening": true, "closure": true, "ceasefire": true, "truce": true, "withdrawal": true,
	"handover": true, "cut": true, "rise": true, "increase": true, "freeze": true, "ban": true, "review": true,
	"consultation": true, "sale": true, "auction": true, "signing": true, "ceremony": true, "inquiry": true}

// charterNouns name a text that sets out terms: what it holds, said in
// the present, is still to come ("the deal includes elections in
// September").
var charterNouns = map[string]bool{"deal": true, "agreement": true, "accord": true, "treaty": true, "pact": true,
	"manifesto": true, "programme": true, "program": true, "budget": true, "bill": true, "package": true,
	"contract": true, "settlement": true, "compact": true, "term": true}

// setsOut reports whether verb v, in the present, has a plan or a
// charter as its subject and noun n as its object or complement ("the
// deal includes elections in September", "the plan envisages a vote in
// March").
func setsOut(s *syntax.Sentence, v, n int) bool {
	if PredicateTense(s, v, 0) != tensePresent || !text.RelIs(s.Words[n].Rel, "obj", "obl") {
		return false
	}
	for _, c := range s.ChildrenWith(v, "nsubj") {
		if l := strings.ToLower(s.Words[c].Lemma); s.Words[c].UPOS == "NOUN" && (intentNouns[l] || charterNouns[l]) {
			return true
		}
	}
	return false
}

// reducedRelative reports whether word k is a participle that describes
// the noun it hangs on, with no auxiliary or subject of its own ("the
// threshold raised by 8%").
func reducedRelative(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	return w.UPOS == "VERB" && w.XPOS == "VBN" && relBase(w.Rel) == "acl" && len(s.ChildrenWith(k, "aux", "nsubj")) == 0
}

// joinsTerm reports whether noun n is its verb's object or is joined to
// it by "on", "to" or "for".
func joinsTerm(s *syntax.Sentence, n int) bool {
	switch relBase(s.Words[n].Rel) {
	case "obj":
		return true
	case "obl", "nmod":
		return joinedBy(s, n, termCases)
	}
	return false
}

// partOf reports whether noun n belongs to the content of the noun it
// hangs on: listed with it, in apposition, or joined by "for", "of" or
// "on" ("plans for a march", "elections in May and a referendum").
func partOf(s *syntax.Sentence, n int) bool {
	switch relBase(s.Words[n].Rel) {
	case "conj", "appos", "compound", "list":
		return true
	}
	return joinedBy(s, n, intentCases)
}

// intentCases are the prepositions that join an event to the plan or
// promise it is the object of ("plans for a march", "a pledge of a
// referendum").
var intentCases = map[string]bool{"for": true, "of": true, "on": true}

// joinedBy reports whether word n is opened by one of the prepositions
// cases.
func joinedBy(s *syntax.Sentence, n int, cases map[string]bool) bool {
	for _, c := range s.ChildrenWith(n, "case") {
		if cases[strings.ToLower(s.Words[c].Form)] {
			return true
		}
	}
	return false
}

// aheadOf is the tense of a term set by word k for the date at words
// first..last: ahead of publication, unless the clause k belongs to is
// pluperfect ("had planned"), a story told before a past point, or k is
// the object of a verb in the simple past and the date a weekday ("called
// for a vote on Monday"): a news report names the day of the act it
// reports, and both keep the clause's own tense. A perfect takes no day
// of its own ("have called for a vote on Monday": the vote's).
func aheadOf(s *syntax.Sentence, k, first, last int) (tense, bool) {
	subject := false
	for steps := 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if isPredicate(s, k) {
			if pluperfect(s, k) || hadBefore(s, k) || !subject && PerfectTag(s, k) == "" && namesWeekday(s, first, last) && PredicateTense(s, k, 0) == TensePast {
				return tenseUnknown, false
			}
			break
		}
		subject = subject || relBase(s.Words[k].Rel) == "nsubj"
	}
	return tenseFuture, true
}

// namesWeekday reports whether words first..last name a day of the week.
func namesWeekday(s *syntax.Sentence, first, last int) bool {
	for k := first; k <= last; k++ {
		if weekdayNumber(s.Words[k].Form) >= 0 {
			return true
		}
	}
	return false
}

// intentBefore reports whether the date at words first..last, opened by
// a preposition, follows an event noun that an intent noun governs
// through "for" or "of" ("announced plans for a march on Saturday"),
// however the parse hung the date.
func intentBefore(s *syntax.Sentence, first, last int) (tense, bool) {
	p := first
	if p > 0 && s.Words[p].UPOS != "ADP" {
		p--
	}
	if s.Words[p].UPOS != "ADP" || p < 1 || !eventNouns[strings.ToLower(s.Words[p-1].Lemma)] {
		return tenseUnknown, false
	}
	linked := false
	for k := p - 2; k >= 0 && k >= p-7; k-- {
		switch w := s.Words[k]; {
		case w.UPOS == "ADP":
			if l := strings.ToLower(w.Form); l != "for" && l != "of" || linked {
				return tenseUnknown, false
			}
			linked = true
		case linked && w.UPOS == "NOUN" && intentNouns[strings.ToLower(w.Lemma)]:
			return aheadOf(s, k, first, last)
		case w.UPOS != "NOUN" && w.UPOS != "PROPN" && w.UPOS != "ADJ" && w.UPOS != "DET" && w.UPOS != "NUM" && w.XPOS != "PRP$":
			return tenseUnknown, false
		}
	}
	return tenseUnknown, false
}
