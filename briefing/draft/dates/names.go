package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// timeModifiers may stand before a weekday or month, capitalised at the
// start of a sentence or as part of the day's name, without making it a
// name ("Last Monday", "Early March", "Easter Monday").
var timeModifiers = map[string]bool{"last": true, "next": true, "this": true, "that": true, "early": true,
	"late": true, "mid": true, "every": true, "each": true, "coming": true, "past": true, "following": true,
	"previous": true, "same": true, "first": true, "on": true, "since": true, "until": true, "by": true,
	"easter": true}

// inName reports whether a date word among words first..last of s is part
// of a proper name rather than a date: it is part of a known name, modifies a capitalised word that
// is not a date word ("the Sunday Times", "the Good Friday Agreement"),
// carries a capitalised modifier ("Black Friday", "Super Tuesday"), names a
// newspaper "X on Sunday" ("told the Mail on Sunday"), is a month that is
// the agent of a passive ("criticised by May"; a weekday never is: "due to
// be agreed by Tuesday"), or is the possessor "May's" (a company or
// person named May; "Sunday's election" is a date).
func inName(s *syntax.Sentence, first, last int) bool {
	for k := first; k <= last; k++ {
		w := s.Words[k]
		if !isDateWord(w.Form) {
			continue
		}
		h := w.Head
		switch {
		case w.Rel == "obl:agent" && agentName(s, k, first, last) || strings.EqualFold(w.Form, "May") && (w.Rel == "nmod:poss" || k+1 < len(s.Words) && isPossessive(s.Words[k+1].Form)):
			return true // "criticised by May", "May's chairman": May is a name too, a weekday never ("due to be agreed by Tuesday")
		case h >= 0 && (h < first || h > last) && (relBase(w.Rel) == "compound" || relBase(w.Rel) == "flat") &&
			capitalised(s.Words[h].Form) && !isDateWord(s.Words[h].Form) && s.Words[h].UPOS != "NUM" &&
			!(k > first && timeModifiers[strings.ToLower(s.Words[k-1].Form)]): // not "last Thursday Premier Colin Drapeau stood"
			return true
		case capitalisedModifier(s, k) || flatName(s, k) || first == last && weekdayOfHabit(s, k):
			return true
		case h >= 0 && relBase(w.Rel) == "nmod" && newspaperTitle(s, h, k), inKnownName(s, k):
			return true
		}
	}
	return false
}

// agentBefore reports whether the verb that word k hangs on has an agent
// before k ("approved by the league by December"): a passive has one
// agent, so the later "by" gives a time.
func agentBefore(s *syntax.Sentence, k int) bool {
	h := s.Words[k].Head
	if h < 0 {
		return false
	}
	for _, c := range s.ChildrenWith(h, "obl:agent") {
		if c < k {
			return true
		}
	}
	return false
}

// personMonths are months that are also given or family names ("backed
// by May", "criticised by June").
var personMonths = map[string]bool{"april": true, "may": true, "june": true, "august": true}

// agentName reports whether the month at word k, alone in the date at
// words first..last and parsed as the agent of a passive, names a person
// ("criticised by May"): a month that is also a name, after "by", on a
// passive with no agent before it, told as done. A month with a day, a
// year or a modifier ("by early June"), a month that names no one ("will
// be finished by March"), a verb with a modal or "to" ("must be paid by
// June"), an active verb or no "by" make it a date.
func agentName(s *syntax.Sentence, k, first, last int) bool {
	if !personMonths[strings.ToLower(s.Words[k].Form)] || k == 0 || !strings.EqualFold(s.Words[k-1].Form, "by") {
		return false
	}
	for j := first; j <= last; j++ {
		if j != k && j != k-1 {
			return false // "by early June", "by 31 May": a date
		}
	}
	return !agentBefore(s, k) && !activeHead(s, k) && !aheadPassive(s, s.Words[k].Head)
}

// aheadPassive reports whether verb h carries a modal or "to" ("will be
// finished", "is to be paid"): what it tells is still to be done.
func aheadPassive(s *syntax.Sentence, h int) bool {
	if h < 0 {
		return false
	}
	for _, c := range s.ChildrenWith(h, "aux", "mark") {
		if w := s.Words[c]; w.XPOS == "MD" || strings.EqualFold(w.Form, "to") {
			return true
		}
	}
	return false
}

// activeHead reports whether the verb that word k hangs on is active: it
// has an object, or a perfect "have" with no passive "be" ("had repaid
// the loan by March"). An active verb has no agent, so "by" gives a time.
func activeHead(s *syntax.Sentence, k int) bool {
	h := s.Words[k].Head
	if h < 0 {
		return false
	}
	if len(s.ChildrenWith(h, "obj")) > 0 {
		return true
	}
	return PerfectTag(s, h) != "" && len(s.ChildrenWith(h, "aux:pass", "nsubj:pass")) == 0
}

// capitalisedModifier reports whether date word k has a capitalised
// adjective or noun right before it that is not a time word ("Black
// Friday"; not the dateline "LONDON, Oct 10").
func capitalisedModifier(s *syntax.Sentence, k int) bool {
	for _, c := range s.ChildrenWith(k, "amod", "compound") {
		cw := s.Words[c]
		if c == k-1 && capitalised(cw.Form) && !timeModifiers[strings.ToLower(cw.Form)] && !isDateWord(cw.Form) && cw.UPOS != "NUM" {
			return true
		}
	}
	return false
}

// flatName reports whether date word k heads a name of several words
// ("Jan Smith", "May Anderson"): a capitalised word after it, not a date
// word or number, hangs on it as flat or compound.
func flatName(s *syntax.Sentence, k int) bool {
	for _, c := range s.ChildrenWith(k, "flat", "compound") {
		if cw := s.Words[c]; c > k && capitalised(cw.Form) && !isDateWord(cw.Form) && cw.UPOS != "NUM" {
			return true
		}
	}
	return false
}

// newspaperTitle reports whether the weekday k ("on Sunday") belongs to the
// name of a paper headed by h: a capitalised word after "the", the weekday
// followed by "'s" or "newspaper" ("the Gazette on Sunday's report"); not
// "told the House of Commons on Monday".
func newspaperTitle(s *syntax.Sentence, h, k int) bool {
	if weekdayNumber(s.Words[k].Form) < 0 || !capitalised(s.Words[h].Form) || h > k || isDateWord(s.Words[h].Form) {
		return false
	}
	the := false
	for _, c := range s.ChildrenWith(h, "det") {
		the = the || strings.EqualFold(s.Words[c].Form, "the")
	}
	if !the {
		return false
	}
	if k+1 < len(s.Words) {
		next := strings.ToLower(s.Words[k+1].Form)
		if isPossessive(next) || next == "newspaper" || next == "paper" {
			return true
		}
	}
	return false
}

// maxNameWords bounds the known names looked up around a date word.
const maxNameWords = 4

// inKnownName reports whether date word k is part of a name the gazetteer
// knows ("the Sunday Telegraph", "the Mail on Sunday"), however the parse
// attached it.
func inKnownName(s *syntax.Sentence, k int) bool {
	g := gazetteer.Load()
	for n := 2; n <= maxNameWords; n++ {
		for from := max(0, k-n+1); from <= k && from+n <= len(s.Words); from++ {
			if _, ok := g.Lookup(joinForms(s, from, from+n-1)); ok {
				return true
			}
		}
	}
	return false
}

// joinForms returns words first..last as written, one space apart.
func joinForms(s *syntax.Sentence, first, last int) string {
	var b strings.Builder
	for k := first; k <= last; k++ {
		if k > first {
			b.WriteByte(' ')
		}
		b.WriteString(s.Words[k].Form)
	}
	return b.String()
}

// isDateWord reports whether a word names a weekday or a month.
func isDateWord(w string) bool {
	return capitalised(w) && (weekdayNumber(w) >= 0 || monthNumber(w) > 0 && len(w) >= 3)
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// weekdayOfHabit reports whether weekday k, alone, modifies a plural noun
// right after it: "Friday prayers", "Sunday papers" name what happens on
// every such day, not a date. After a preposition of time the weekday is
// a date and the noun the subject of what follows ("that from Monday
// shops would open"), unless the noun is a part of the day ("on Sunday
// mornings").
func weekdayOfHabit(s *syntax.Sentence, k int) bool {
	if weekdayNumber(s.Words[k].Form) < 0 || k+1 >= len(s.Words) {
		return false
	}
	n := s.Words[k+1]
	if k > 0 && timePrepositions[strings.ToLower(s.Words[k-1].Form)] && !timesOfDay[strings.ToLower(n.Lemma)] {
		return false
	}
	return n.XPOS == "NNS" && (s.Words[k].Head == k+1 || n.Head == k)
}

// timePrepositions open a phrase of time whose noun is a date.
var timePrepositions = map[string]bool{"from": true, "on": true, "since": true, "until": true, "till": true,
	"by": true, "before": true, "after": true}
