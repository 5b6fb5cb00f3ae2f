package dates

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Dates in fragments without a verb of their own: a sentence with no verb
// ("Elections in September.") or an item of a list a colon opens ("the
// terms: a referendum in the spring; elections in September") is a bullet
// of terms, whose date lies ahead unless the clause that opens the list
// is past.

// verbless reports whether sentence s has no verb or auxiliary at all:
// a bullet or fragment of terms ("Elections in September."). A word in
// "-ed" right after a noun, or after the comma closing an aside on the
// subject, is a past verb the tagger may have taken for an adjective
// ("The company unveiled plans on Monday", "Pell, of Wigton, pleaded
// guilty in November").
func verbless(s *syntax.Sentence) bool {
	for k, w := range s.Words {
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return false
		}
		if k > 0 && strings.HasSuffix(strings.ToLower(w.Form), "ed") {
			switch prev := s.Words[k-1]; {
			case prev.UPOS == "NOUN" || prev.UPOS == "PROPN" || prev.UPOS == "PRON":
				return false
			case prev.Form == "," && k > 1:
				return false
			}
		}
	}
	return len(s.Words) > 0
}

// listedTerm reports whether the date at words first..last stands in an
// item without a verb of a list a colon opens ("sets out the terms: a
// referendum in the spring; elections in September"), and the tense that
// gives: that of the clause before the colon, a present one setting the
// items ahead.
func listedTerm(s *syntax.Sentence, first, last int) (tense, bool) {
	colon, item := -1, true // item: still inside the date's own item
	for k := first - 1; k >= 0 && colon < 0; k-- {
		switch w := s.Words[k]; {
		case w.Form == ":":
			colon = k
		case w.Form == ";":
			item = false
		case item && (w.UPOS == "VERB" || w.UPOS == "AUX"):
			return tenseUnknown, false
		}
	}
	if colon < 1 {
		return tenseUnknown, false
	}
	for k := last + 1; k < len(s.Words) && s.Words[k].Form != ";"; k++ {
		if s.Words[k].UPOS == "VERB" || s.Words[k].UPOS == "AUX" {
			return tenseUnknown, false
		}
	}
	p := lastFinite(s, colon)
	if p < 0 {
		return tenseUnknown, false
	}
	switch t := PredicateTense(s, p, 0); t {
	case tensePresent, tenseUnknown:
		return tenseFuture, true
	default:
		return t, true
	}
}

// lastFinite returns the clause head of the last finite verb before word
// end (a modal or auxiliary leads to its verb), or -1.
func lastFinite(s *syntax.Sentence, end int) int {
	for k := end - 1; k >= 0; k-- {
		switch w := s.Words[k]; w.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			if (relBase(w.Rel) == "aux" || w.Rel == "cop") && w.Head >= 0 {
				return w.Head
			}
			return k
		}
	}
	return -1
}
