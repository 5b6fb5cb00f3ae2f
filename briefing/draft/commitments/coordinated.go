package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// withConjunctCommitments splits a commitment verb whose complement is
// coordinated with another "to" infinitive ("agreed to plead guilty and
// to testify against him", "offered to sell the stores and to freeze
// prices") into one commitment a conjunct: each is an undertaking of its
// own, with its own span. The first keeps the words up to the "and"; each
// other spans its own infinitive and reads with the shared subject and
// verb before it.
func withConjunctCommitments(s *syntax.Sentence, found []clause) []clause {
	out := found[:0:0]
	for _, c := range found {
		ks := toConjuncts(s, c, found)
		if len(ks) == 0 {
			out = append(out, c)
			continue
		}
		lead := sharedEnd(s, c)
		first := c
		first.last = trimEnd(s, c.first, joinStart(s, ks[0])-1)
		out = append(out, first)
		for n, k := range ks {
			part := c
			part.action, part.lead, part.joinAt = k, lead, firstChild(s, k, "mark")
			part.last = c.last
			if n+1 < len(ks) {
				part.last = trimEnd(s, part.joinAt, joinStart(s, ks[n+1])-1)
			}
			out = append(out, part)
		}
	}
	return out
}

// toConjuncts returns the infinitives with "to" of their own that are
// coordinated with the complement of clause c's commitment verb (or,
// misparsed, with the verb itself or an infinitive inside the
// complement), when the clause has no condition and
// they make no clause of their own.
func toConjuncts(s *syntax.Sentence, c clause, found []clause) []int {
	if c.measure || c.cond >= 0 || c.joinAt > 0 || s.Words[c.pred].UPOS != "VERB" {
		return nil
	}
	if _, lexical := commitVerbs[phrasalLemma(s, c.pred)]; !lexical {
		return nil
	}
	var out []int
	for k := c.action + 1; k <= c.last && k < len(s.Words); k++ {
		h := s.Words[k].Head
		if h < 0 || !text.RelIs(s.Words[k].Rel, "conj") || s.Words[k].UPOS != "VERB" || !toMarked(s, k) ||
			joinStart(s, k) < 0 || firstChild(s, k, "nsubj") >= 0 || headsClause(found, k) {
			continue
		}
		if h == c.pred || h == c.action && toMarked(s, h) || toMarked(s, h) && s.Dominates(c.action, h) && c.action != c.pred {
			out = append(out, k) // "to reopen the border to trade | and to restore flights": hung on the nearer infinitive
		}
	}
	return out
}

// sharedEnd returns the last word that a split conjunct shares with the
// clause it came from: the word before the first infinitive's "to", or
// the commitment verb when the parser hung no infinitive on it.
func sharedEnd(s *syntax.Sentence, c clause) int {
	if c.action == c.pred || !toMarked(s, c.action) {
		return c.pred
	}
	lead := c.action - 1
	for lead > c.first && toWord(s, lead) {
		lead--
	}
	return lead
}

// joinStart returns the word that joins conjunct k to the one before:
// its "and" or "or", else the comma before its "to" ("to make the homes
// affordable, to pay £9m and to fund a bus link"); or -1.
func joinStart(s *syntax.Sentence, k int) int {
	if c := firstChild(s, k, "cc"); c >= 0 && c < k {
		return c
	}
	if m := firstChild(s, k, "mark"); m > 0 && s.Words[m-1].Form == "," && (s.Words[m-1].Head == k || !s.Dominates(k, m-1)) {
		return m - 1
	}
	return -1
}

// toWord reports whether word k is the "to" of an infinitive.
func toWord(s *syntax.Sentence, k int) bool {
	return lower(s.Words[k].Form) == "to" && s.Words[k].UPOS == "PART"
}

// trimEnd steps back from word last over punctuation, not past first.
func trimEnd(s *syntax.Sentence, first, last int) int {
	for last > first && s.Words[last].UPOS == "PUNCT" {
		last--
	}
	return last
}
