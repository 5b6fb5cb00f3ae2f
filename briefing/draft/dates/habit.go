package dates

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// A day that comes round again ("every Monday and Thursday") or a time
// of a habit ("usually shop at the weekend") names no point in time: it
// is no date.

// everyWords make a day recur.
var everyWords = map[string]bool{"every": true, "each": true}

// frequencyWords make a clause tell a habit, not an event.
var frequencyWords = map[string]bool{"usually": true, "often": true, "always": true, "normally": true,
	"typically": true, "generally": true, "regularly": true, "sometimes": true, "traditionally": true,
	"frequently": true, "routinely": true, "rarely": true, "seldom": true, "customarily": true}

// recurring reports whether the date at words first..last is a day that
// recurs: "every Monday", or a day joined to one ("every Monday and
// Thursday"), however the parse hung "every".
func recurring(s *syntax.Sentence, first, last int) bool {
	if first > 0 && everyWords[strings.ToLower(s.Words[first-1].Form)] {
		return true
	}
	for k, steps := spanHead(s, first, last), 0; k >= 0 && steps < 4; k, steps = s.Words[k].Head, steps+1 {
		for _, c := range s.ChildrenWith(k, "det") {
			if everyWords[strings.ToLower(s.Words[c].Form)] {
				return true
			}
		}
		if relBase(s.Words[k].Rel) != "conj" || !isDateWord(s.Words[s.Words[k].Head].Form) {
			return false
		}
	}
	return false
}

// habitual reports whether the date at words first..last belongs to a
// clause told as a habit ("residents usually shop at the weekend", "the
// board normally meets on Monday"): a frequency adverb on the clause's
// predicate.
func habitual(s *syntax.Sentence, first, last int) bool {
	p, _ := governingPredicate(s, first, last)
	if p < 0 {
		p = nearestFinite(s, first, last)
	}
	if p < 0 {
		return false
	}
	for _, c := range s.ChildrenWith(p, "advmod") {
		if frequencyWords[strings.ToLower(s.Words[c].Form)] {
			return true
		}
	}
	return false
}
