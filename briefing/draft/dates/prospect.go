package dates

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Words that look ahead from the time of their clause: a date they carry
// lies after that time, even under a verb in the past ("urged the bank to
// cut rates at its next meeting on May 6", "expected the first cut in
// September", "so that vaccination could start in September").

// upcomingWords qualify a noun as the next of its kind ("its next
// meeting", "the coming summit").
var upcomingWords = map[string]bool{"next": true, "coming": true, "upcoming": true, "forthcoming": true}

// upcomingNoun reports whether the date at words first..last hangs on a
// noun qualified as the next of its kind ("at its next meeting on May
// 6"): that occasion lies ahead of publication, whatever verb tells of it.
func upcomingNoun(s *syntax.Sentence, first, last int) bool {
	h := s.Words[spanHead(s, first, last)].Head
	if h < 0 || h >= first || s.Words[h].UPOS != "NOUN" {
		return upcomingBefore(s, first)
	}
	for _, c := range s.ChildrenWith(h, "amod") {
		if upcomingWords[strings.ToLower(s.Words[c].Form)] {
			return true
		}
	}
	return upcomingBefore(s, first)
}

// upcomingBefore reports whether the date at word first, opened by a
// preposition, follows right after a noun phrase of the next of a kind
// ("spoke about the coming summit on 9 February"), however the parse hung
// the date: a date right after such a phrase is its occasion's.
func upcomingBefore(s *syntax.Sentence, first int) bool {
	p := first // the preposition: the date's first word, or the word before it ("on 9 February")
	if p > 0 && s.Words[p].UPOS != "ADP" {
		p--
	}
	n := p - 1
	if n < 1 || s.Words[p].UPOS != "ADP" || s.Words[n].UPOS != "NOUN" {
		return false
	}
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		w := s.Words[k]
		if upcomingWords[strings.ToLower(w.Form)] {
			return true
		}
		if w.UPOS != "ADJ" && w.UPOS != "NOUN" && w.XPOS != "PRP$" {
			return false
		}
	}
	return false
}

// stateWords tell a state of mind or readiness towards an act: said in
// the past of a report, they are the speaker's present ("said they were
// ready to resume talks" is "we are ready").
var stateWords = map[string]bool{"ready": true, "willing": true, "prepared": true, "keen": true, "eager": true,
	"determined": true, "intend": true, "hope": true, "want": true, "wish": true, "aim": true}

// forecastWords tell that an act is likely or expected to come ("was
// likely to face", "were set to lose"): said in the past of a report,
// they are the speaker's forecast, which looks ahead of the saying.
var forecastWords = map[string]bool{"likely": true, "unlikely": true, "poised": true, "set": true,
	"expect": true, "bound": true}

// reportedState reports whether predicate g, in the simple past, is a
// state of mind or readiness towards an act, or a forecast of it, that a
// verb of saying reports ("said it was ready to", "said they wanted to",
// "said the coalition was likely to face"): the tense is the report's,
// and what the state looks to lies ahead. A pluperfect ("had hoped to")
// may lie on either side; a plan said in the past ("said the gang planned
// to rob the bank on Friday"), or a schedule ("said the museum was due to
// open"), is left to the nearest date.
func reportedState(s *syntax.Sentence, g int) bool {
	l := strings.ToLower(s.Words[g].Lemma)
	return (stateWords[l] || forecastWords[l]) && text.Reported(s, g) && !pluperfect(s, g) && !hadBefore(s, g)
}

// requestVerbs ask or lead another to act: the act they ask for lies
// after the asking ("urged the bank to cut rates", "called on them to
// sign").
var requestVerbs = map[string]bool{"urge": true, "ask": true, "call": true, "press": true, "tell": true,
	"order": true, "encourage": true, "invite": true, "force": true, "require": true, "allow": true,
	"permit": true, "persuade": true, "instruct": true, "direct": true, "challenge": true}

// expectationVerbs look ahead to what they take as their object
// ("expected the first cut in September").
var expectationVerbs = map[string]bool{"expect": true, "forecast": true, "predict": true, "anticipate": true,
	"project": true, "foresee": true}

// expectsAhead reports whether predicate p is a verb of expectation in the
// simple past, active, whose object or infinitive stands before the date
// at word first ("economists expected the first cut in September", "it
// expected to start work in June"): the date is that of
// what was expected, which lay ahead of the expecting, told as news of
// the day. A relative clause whose noun is what was expected counts the
// same ("a vote he expected in February"). Without an object the date is
// the expecting's ("later than it forecast in December"); a pluperfect
// ("had expected") may lie on either side and is left to the tense.
func expectsAhead(s *syntax.Sentence, p, first int) bool {
	w := s.Words[p]
	if !expectationVerbs[strings.ToLower(w.Lemma)] || w.XPOS != "VBD" || len(s.ChildrenWith(p, "aux", "nsubj:pass")) > 0 {
		return false
	}
	objects := s.ChildrenWith(p, "obj", "xcomp")
	for _, o := range objects {
		if o > p && o < first {
			return true
		}
	}
	return len(objects) == 0 && w.Rel == "acl:relcl" && w.Head >= 0 && w.Head < p && s.Words[w.Head].UPOS == "NOUN"
}

// purposeClause reports whether clause p is one of purpose ("so that
// vaccination could start", "in order that they can sign"): its time
// follows that of the clause it serves.
func purposeClause(s *syntax.Sentence, p int) bool {
	if relBase(s.Words[p].Rel) != "advcl" {
		return false
	}
	for _, c := range s.ChildrenWith(p, "mark") {
		switch strings.ToLower(s.Words[c].Form) {
		case "so":
			return true
		case "in":
			for _, x := range s.ChildrenWith(c, "fixed") {
				if strings.EqualFold(s.Words[x].Form, "order") {
					return true
				}
			}
		}
	}
	return false
}

// purposeDate reports whether the date at words first..last belongs to a
// clause of purpose: it lies after the act that clause serves, so after
// a date that act is given before it in the sentence.
func purposeDate(s *syntax.Sentence, first, last int) bool {
	p, _ := governingPredicate(s, first, last)
	return p >= 0 && purposeClause(s, p)
}

// aheadDate reports whether the date at words first..last names an
// occasion that something comes "ahead of", "in advance of" or "prior to"
// ("would host a meeting in October, ahead of the climate conference in
// November"): it lies after the act that comes ahead of it, so after a
// date that act is given before it in the sentence, however the parse
// hung the phrase.
func aheadDate(s *syntax.Sentence, first, last int) bool {
	k := spanHead(s, first, last)
	for steps := 0; k >= 0 && steps <= len(s.Words); steps++ {
		if k < first || k > last {
			if isPredicate(s, k) {
				break
			}
			switch strings.ToLower(s.Words[k].Form) {
			case "ahead", "advance", "prior":
				return true
			}
		}
		if markedAhead(s, k) {
			return true
		}
		k = s.Words[k].Head
	}
	return aheadBefore(s, first)
}

// aheadBefore reports whether the date at word first, opened by a
// preposition, follows right after a noun phrase opened by "ahead of", "in
// advance of" or "prior to" ("fell on Monday ahead of its results on
// Thursday"), however the parse hung the date.
func aheadBefore(s *syntax.Sentence, first int) bool {
	p := first
	if p > 0 && s.Words[p].UPOS != "ADP" {
		p--
	}
	if s.Words[p].UPOS != "ADP" {
		return false
	}
	for k := p - 1; k >= 1 && k >= p-6; k-- {
		switch w := s.Words[k]; {
		case strings.EqualFold(w.Form, "of") || strings.EqualFold(w.Form, "to"):
			switch strings.ToLower(s.Words[k-1].Form) {
			case "ahead", "advance":
				return strings.EqualFold(w.Form, "of")
			case "prior":
				return strings.EqualFold(w.Form, "to")
			}
			return false
		case w.UPOS != "NOUN" && w.UPOS != "PROPN" && w.UPOS != "ADJ" && w.UPOS != "DET" && w.UPOS != "NUM" && w.XPOS != "PRP$":
			return false
		}
	}
	return false
}

// purposeTense is the tense of purpose clause p with a modal that says
// nothing of time itself ("could", "would", "can"): ahead of the clause
// it serves, so ahead when that clause is future or present, on either
// side when it is past.
func purposeTense(s *syntax.Sentence, p, depth int) tense {
	g := s.Words[p].Head
	if g < 0 || depth > 4 {
		return tenseUnknown
	}
	switch PredicateTense(s, g, depth+1) {
	case tenseFuture, tensePresent:
		return tenseFuture
	case TensePast, tenseEither:
		return tenseEither
	}
	return tenseUnknown
}

// undertakingVerbs bind their subject to an act to come.
var undertakingVerbs = map[string]bool{"agree": true, "promise": true, "pledge": true, "vow": true, "undertake": true,
	"commit": true, "decide": true, "offer": true, "resolve": true}

// deadlineWords open a date that an act must come before.
var deadlineWords = map[string]bool{"by": true, "before": true, "within": true}

// undertakenDeadline reports whether the date at word first is the
// deadline of infinitive p that a verb of undertaking in the simple past
// governs ("agreed on Tuesday to hire staff by the end of March"): a
// deadline one sets oneself lies ahead of the undertaking, told as news.
// A pluperfect ("had agreed") may lie on either side.
func undertakenDeadline(s *syntax.Sentence, p, first int) bool {
	g := s.Words[p].Head
	if g < 0 || !undertakingVerbs[strings.ToLower(s.Words[g].Lemma)] || s.Words[g].XPOS != "VBD" || pluperfect(s, g) {
		return false
	}
	for k := max(first-1, 0); k <= first && k < len(s.Words); k++ {
		if deadlineWords[strings.ToLower(s.Words[k].Form)] {
			return true
		}
	}
	return false
}

// decisionVerbs approve or vote for what is to come.
var decisionVerbs = map[string]bool{"approve": true, "vote": true, "announce": true, "declare": true}

// setsTerm reports whether the date at words first..last, opened by
// "from" and closing no stretch ("from Monday", not "from Monday to
// Friday"), is the start of a term that a verb of deciding, asking,
// promising or scheduling sets going ("called strikes from Monday",
// "approved a ban on fireworks from 1 July", "ordered the market closed
// from Friday"): the act sets what follows it, so the term starts ahead
// even when the act is told in the past. A verb of what simply happened
// ("the strike ran from Monday", "shops reopened from Monday") keeps the
// past.
func setsTerm(s *syntax.Sentence, first, last int, after string) bool {
	switch strings.ToLower(text.FirstWord(after)) {
	case "to", "until", "till", "through", "and", "-", "–":
		return false
	}
	p, _ := governingPredicate(s, first, last)
	if p < 0 || pluperfect(s, p) {
		return false
	}
	p = pastNounModifier(s, p)
	for q, up := p, 0; up < 3; q, up = s.Words[q].Head, up+1 {
		h := s.Words[q].Head
		if h < 0 || relBase(s.Words[q].Rel) != "xcomp" && !hasMark(s, q, "to") {
			break
		}
		if termSetter(s.Words[h].Lemma) {
			return true // "voted to ban the club from 3 March", "told the firm to stop selling it from Monday", "pledged to ease export checks from April"
		}
	}
	return termSetter(s.Words[p].Lemma)
}

// pastNounModifier returns the predicate of the clause whose noun a
// participle without an auxiliary describes, when predicate p is that
// participle or a gerund hung on it ("pledged to ease checks on chemicals
// used in chip making from April": "making" is no clause of its own, the
// term is the easing's); else p.
func pastNounModifier(s *syntax.Sentence, p int) int {
	k := p
	for steps := 0; steps < 4 && nonFinite(s, k) && (s.Words[k].Rel == "advcl" || s.Words[k].Rel == "xcomp"); steps++ {
		k = s.Words[k].Head // "making" hung on "used"
	}
	if k < 0 || !nonFinite(s, k) || s.Words[k].Rel != "acl" {
		return p // a relative clause ("acl:relcl") has a tense of its own
	}
	for n, up := s.Words[k].Head, 0; n >= 0 && up < 4; n, up = s.Words[n].Head, up+1 {
		if isPredicate(s, n) {
			return n
		}
	}
	return p
}

// nonFinite reports whether word k is a participle or a gerund with no
// auxiliary of its own.
func nonFinite(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	return (w.XPOS == "VBN" || w.XPOS == "VBG") && len(s.ChildrenWith(k, "aux", "aux:pass")) == 0
}

// termSetter reports whether a verb of this lemma decides, asks for,
// promises or schedules an act.
func termSetter(lemma string) bool {
	l := strings.ToLower(lemma)
	return undertakingVerbs[l] || requestVerbs[l] || schedulingVerbs[l] || decisionVerbs[l]
}

// startVerbs open a term.
var startVerbs = map[string]bool{"start": true, "begin": true, "commence": true}

// startsTerm reports whether predicate p is a participle of starting
// ("starting with a trial in January") that hangs on a verb of deciding,
// asking, promising or scheduling, or on the infinitive such a verb
// governs ("voted to close the roads, starting with a trial in
// January"): the term the act sets starts ahead of it, even when the act
// is told in the past. A pluperfect may lie on either side.
func startsTerm(s *syntax.Sentence, p int) bool {
	w := s.Words[p]
	if w.XPOS != "VBG" || !startVerbs[strings.ToLower(w.Lemma)] || relBase(w.Rel) != "advcl" {
		return false
	}
	for h, steps := w.Head, 0; h >= 0 && steps < 2; h, steps = s.Words[h].Head, steps+1 {
		if termSetter(s.Words[h].Lemma) {
			return !pluperfect(s, h)
		}
		if relBase(s.Words[h].Rel) != "xcomp" {
			return false
		}
	}
	return false
}
