package dates

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Words around a date that say more of its time than the verb's tense:
// a scheduling verb's target, a reporting verb the parse hung the date
// on, reported speech.

// schedulingVerbs fix or move an event to a date.
var schedulingVerbs = map[string]bool{"set": true, "schedule": true, "plan": true, "fix": true, "slate": true,
	"postpone": true, "adjourn": true, "delay": true, "defer": true, "move": true, "push": true, "bring": true,
	"reschedule": true, "book": true, "rebook": true, "rearrange": true}

// reschedules reports whether the date at words first..last is the target
// of a verb that fixes or moves an event ("set for", "postponed until",
// "moved to", "deferred until its March meeting").
func reschedules(s *syntax.Sentence, p, first, last int) bool {
	if !schedulingVerbs[strings.ToLower(s.Words[p].Lemma)] {
		return false
	}
	for k := max(first-1, 0); k <= first; k++ {
		switch strings.ToLower(s.Words[k].Form) {
		case "for", "until", "till", "to":
			return true // the date's first word, or the word before it however the parse hung it
		}
	}
	k := spanHead(s, first, last)
	targets := []int{k}
	if h := s.Words[k].Head; h > last && s.Words[h].UPOS == "NOUN" {
		targets = append(targets, h) // "deferred a decision until its March meeting": the date names the meeting's month
	}
	for _, t := range targets {
		for _, c := range s.ChildrenWith(t, "case") {
			switch strings.ToLower(s.Words[c].Form) {
			case "for", "until", "till", "to":
				return true
			}
		}
	}
	return false
}

// HasReportingParataxis reports whether root p carries a reporting verb
// after it ("The talks would resume on Friday, the ministry said").
func HasReportingParataxis(s *syntax.Sentence, p int) bool {
	for _, c := range s.ChildrenWith(p, "parataxis") {
		if text.ReportVerbs[strings.ToLower(s.Words[c].Lemma)] {
			return true
		}
	}
	return false
}

// reportAfterComma reports whether predicate p is a reporting verb that
// follows the date across a comma and its own subject ("… will resume on
// 1 July, the ministry said"): the parse often hangs the date of the
// reported clause on it.
func reportAfterComma(s *syntax.Sentence, p, last int) bool {
	if p <= last || !text.ReportVerbs[strings.ToLower(s.Words[p].Lemma)] {
		return false
	}
	comma := -1
	for k := last + 1; k < p; k++ {
		if s.Words[k].Form == "," {
			comma = k
			break
		}
	}
	for _, c := range s.ChildrenWith(p, "nsubj") {
		if comma >= 0 && c > comma {
			return true
		}
	}
	return false
}

// reportedBeforeDate returns the reported clause of reporting verb p when
// that clause's verb stands between p and the date at word first ("said on
// Sunday that the parties would present a programme on 14 March"): a date
// after the reported verb belongs to what was said, though the parse may
// hang it on the saying. Otherwise it returns p.
func reportedBeforeDate(s *syntax.Sentence, p, first int) int {
	if p >= first || !text.ReportVerbs[strings.ToLower(s.Words[p].Lemma)] {
		return p
	}
	for _, c := range s.ChildrenWith(p, "ccomp") {
		if c > p && c < first && !s.Dominates(c, first) && s.Words[c].UPOS != "NOUN" {
			return c
		}
	}
	return p
}

// verbBefore returns the nearest verb before word first, else fallback.
func verbBefore(s *syntax.Sentence, first, fallback int) int {
	for k := first - 1; k >= 0; k-- {
		if s.Words[k].UPOS == "VERB" && !attributive(s, k) {
			return k
		}
	}
	return fallback
}

// markedAhead reports whether word k is marked "ahead of", "in advance of"
// or "prior to".
func markedAhead(s *syntax.Sentence, k int) bool {
	for _, c := range s.Children(k) {
		switch strings.ToLower(s.Words[c].Form) {
		case "ahead", "advance", "prior":
			return true
		}
	}
	return false
}

// reportBeforeSubject returns the reporting verb that governs clause p
// when the date at words first..last stands between that verb and the
// clause's subject with no "that" before it ("said on Wednesday the
// government would cut"): the date is the saying's, though the parse may
// hang it on the reported verb. Otherwise it returns p.
func reportBeforeSubject(s *syntax.Sentence, p, first, last int) int {
	r := s.Words[p].Head
	if r < 0 || r >= first || relBase(s.Words[p].Rel) != "ccomp" || !text.ReportVerbs[strings.ToLower(s.Words[r].Lemma)] {
		return p
	}
	for k := r + 1; k < first; k++ {
		if s.Words[k].Rel == "mark" || s.Words[k].Form == "," {
			return p // "said that on Friday …": the date is inside the reported clause
		}
	}
	for _, c := range s.Children(p) {
		if relBase(s.Words[c].Rel) == "nsubj" && c > last {
			return r
		}
	}
	return p
}

// linkingVerbs take an adjective or participle as their complement ("stay
// closed", "remain shut", "become law").
var linkingVerbs = map[string]bool{"stay": true, "remain": true, "become": true, "get": true, "keep": true,
	"seem": true, "appear": true, "look": true, "prove": true}

// linkingVerbOf returns the linking verb before participle p ("will stay
// closed on Monday"): its tense is the clause's, though the parse may hang
// the date on the participle. Otherwise it returns p.
func linkingVerbOf(s *syntax.Sentence, p int) int {
	if p == 0 || s.Words[p].XPOS != "VBN" {
		return p
	}
	if v := s.Words[p-1]; v.UPOS == "VERB" && linkingVerbs[strings.ToLower(v.Lemma)] {
		return p - 1
	}
	return p
}

// backdatingWords set an act's effect back to an earlier date ("the rise
// will be backdated to April", "retroactive to January").
var backdatingWords = map[string]bool{"backdate": true, "retroactive": true, "retrospective": true}

// backdates reports whether predicate p backdates what it applies to.
func backdates(s *syntax.Sentence, p int) bool {
	return backdatingWords[strings.ToLower(s.Words[p].Lemma)]
}

// verbRightBefore returns the verb nearest before word first when no
// comma, conjunction, subordinator or subject stands between it and the
// date ("would stay open until 31 January", "the deal Lenovo signed with
// IBM on 8 December"), else -1: a date right after a verb is most often
// its own, though the parse may hang it elsewhere.
func verbRightBefore(s *syntax.Sentence, first int) int {
	for k := first - 1; k >= 0; k-- {
		w := s.Words[k]
		switch {
		case w.UPOS == "PUNCT" || w.UPOS == "CCONJ" || w.UPOS == "SCONJ" || relBase(w.Rel) == "nsubj":
			return -1
		case w.UPOS == "VERB" && !attributive(s, k):
			return k
		}
	}
	return -1
}

// modalVerbBefore returns the verb right before word first when it
// carries a modal that puts it ahead ("will", or "would" in reported
// speech), else -1.
func modalVerbBefore(s *syntax.Sentence, first int) int {
	k := verbRightBefore(s, first)
	if k >= 0 && PredicateTense(s, k, 0) == tenseFuture && len(s.ChildrenWith(k, "aux")) > 0 {
		return k
	}
	return -1
}

// pastVerbBefore reports whether the verb right before word first is in
// a past tense ("If the deal it signed on 8 December goes through"): a
// present the parse hangs the date on does not make it a schedule.
func pastVerbBefore(s *syntax.Sentence, first int) bool {
	k := verbRightBefore(s, first)
	return k >= 0 && PredicateTense(s, k, 0) == TensePast
}

// opensAfter reports whether clause p is opened by a subordinator or, as
// a conjunct, by a conjunction that stands after word last ("would strike
// from 3 March until the dispute was settled", "was approved on 3 March
// and will open in the spring"): a clause starts at its subordinator or
// conjunction, so a date before it is not the clause's, though the parse
// may hang it there.
func opensAfter(s *syntax.Sentence, p, last int) bool {
	if p <= last || s.Words[p].Head < 0 {
		return false
	}
	for _, c := range s.ChildrenWith(p, "mark") {
		if c > last {
			return true
		}
	}
	if relBase(s.Words[p].Rel) == "conj" {
		for _, c := range s.ChildrenWith(p, "cc") {
			if c > last {
				return true // "was approved on 3 March and will open in the spring"
			}
		}
	}
	return false
}

// announcingVerbs set an event for a date ("announced strikes for 12
// December", "called a march for Saturday").
var announcingVerbs = map[string]bool{"announce": true, "call": true, "organise": true, "organize": true,
	"stage": true, "arrange": true, "fix": true, "declare": true}

// announcedFor reports whether the date at words first..last is the date
// predicate p announces or calls an event for ("the strike dates we
// announced for 12 and 13 December"), and the tense that gives: ahead of
// a present or future announcement; on either side of a past one, the
// nearer date.
func announcedFor(s *syntax.Sentence, p, first, last int) (tense, bool) {
	if !announcingVerbs[strings.ToLower(s.Words[p].Lemma)] || !opensWith(s, first, last, "for") {
		return tenseUnknown, false
	}
	if t := PredicateTense(s, p, 0); t == TensePast || t == tenseEither {
		return tenseEither, true
	}
	return tenseFuture, true
}

// opensWith reports whether the date at words first..last is opened by
// preposition prep: as its first word, or as the case of its head or of
// the first of the dates it is listed with ("for 12 and 13 December").
func opensWith(s *syntax.Sentence, first, last int, prep string) bool {
	if strings.EqualFold(s.Words[first].Form, prep) {
		return true
	}
	h := spanHead(s, first, last)
	for _, k := range []int{h, s.Words[h].Head} {
		if k < 0 || k != h && relBase(s.Words[h].Rel) != "conj" {
			continue
		}
		if s.HasCase(k, prep) {
			return true
		}
	}
	return false
}
