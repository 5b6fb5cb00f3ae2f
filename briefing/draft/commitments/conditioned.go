package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// withoutConditions drops the clauses that lie in the condition of
// another commitment of the sentence ("will call off the strike provided
// the ministry puts its offer in writing", "as long as the rebels keep to
// the ceasefire, we will free the prisoners"): what must happen first, not
// a commitment anyone made.
func withoutConditions(s *syntax.Sentence, found []clause) []clause {
	out := found[:0:0]
	for _, c := range found {
		if !conditionHolds(found, s, c.pred) {
			out = append(out, c)
		}
	}
	return out
}

// conditionHolds reports whether word i lies in the condition of a clause
// found, other than its own.
func conditionHolds(found []clause, s *syntax.Sentence, i int) bool {
	for _, c := range found {
		if c.cond < 0 || c.pred == i || c.verb == i {
			continue
		}
		if f, l := conditionWords(s, c.cond); i >= f && i <= l && !beforeItsMark(s, i, c.cond) {
			return true
		}
	}
	return false
}

// conditionWords returns the first and last word of the condition headed
// by word h: its parse, short of a clause coordinated in it that opens
// with "that" or is a commitment of its own ("… if wage growth failed to
// slow, | and that it would publish a review"), up to the next comma.
func conditionWords(s *syntax.Sentence, h int) (first, last int) {
	if sanctioning(s, h) {
		return demandStart(s, h), h // the demand before "failing which" or "or else" is what must fail
	}
	f, l := s.Subtree(h)
	f = conditionStart(s, f)
	for l > h && s.Words[l].Form == "," {
		l-- // the comma that closes the clause: what follows it is no part of the condition ("…, the company said")
	}
	if k := reportedConjunct(s, h); k >= 0 {
		l = trimEnd(s, f, k-1) // "… if wage growth failed to slow, | and that it would publish …"
	}
	return f, max(l, conditionEnd(s, l))
}

// conditionStart returns the first word of a condition whose parse starts
// at word f: the "as long" or "so long" before its "as", which the parser
// hangs on the main clause ("As long as the rebels keep to the truce, we
// will free them"), else f.
func conditionStart(s *syntax.Sentence, f int) int {
	if f >= 2 && lower(s.Words[f].Form) == "as" && (lower(s.Words[f-1].Form) == "long" || lower(s.Words[f-1].Form) == "soon") {
		if l := lower(s.Words[f-2].Form); l == "as" || l == "so" {
			return f - 2
		}
	}
	return f
}

// pendingOn returns the word "pending" that opens what verb i, or top,
// the verb i completes, waits on ("would close the library, pending a
// review of its budget", "will freeze the accounts pending an inquiry",
// "pending" read as a participle on the object), or the noun it governs
// when read as a preposition; -1 when there is none.
func pendingOn(s *syntax.Sentence, i, top int) int {
	for k, w := range s.Words {
		if lower(w.Form) != "pending" || k < i || w.Head < 0 {
			continue
		}
		h := w.Head
		if text.RelIs(w.Rel, "case") && h > k {
			if on := s.Words[h].Head; on == i || on == top {
				return h
			}
			continue
		}
		if s.Words[k].UPOS == "VERB" && (h == i || h == top || objectOf(s, h, i)) && firstChild(s, k, "obj") >= 0 &&
			firstChild(s, k, "nsubj", "nsubj:pass", "aux", "cop", "mark") < 0 { // not "while the case is pending"
			return k
		}
	}
	return -1
}

// referredCondition returns the word that refers back to a condition the
// text told before, on verb i or on top, the verb i completes: the noun of
// "in that case", "in which case" or "in that event", or an "otherwise"
// that opens its clause ("The vote may fail. In that case, the prime
// minister will call an election", "Pay by Friday; otherwise we will
// sue"); -1 when there is none.
func referredCondition(s *syntax.Sentence, i, top int) int {
	for k, w := range s.Words {
		if w.Head != i && (w.Head != top || top < 0) {
			continue
		}
		switch lower(w.Form) {
		case "case", "event":
			if text.RelIs(w.Rel, "obl") && hasChildLemma(s, k, WordSet("in"), "case") && hasChildLemma(s, k, WordSet("that this which"), "det") {
				return k
			}
		case "otherwise":
			if text.RelIs(w.Rel, "advmod") && k < i && (k == 0 || s.Words[k-1].UPOS == "PUNCT") {
				return k
			}
		}
	}
	return -1
}

// evenIf reports whether word k is the "if" of "even if": what follows
// concedes a case in which the commitment holds all the same ("will keep
// the emergency flights running even if the strike goes ahead"), no
// condition.
func evenIf(s *syntax.Sentence, k int) bool {
	return k > 0 && lower(s.Words[k].Form) == "if" && lower(s.Words[k-1].Form) == "even"
}
