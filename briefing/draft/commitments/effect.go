package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// What a commitment sets up may be dated by when it starts ("agreed to a
// ceasefire that will take effect on Monday"): that is when the
// commitment is to take effect, the date a brief gives it rather than the
// day it was announced. A commitment that waits for an event ("would drop
// its complaint once the ambassadors were back") is dated by that event,
// which a date of another sentence does not tell. A date before the
// conjunction that opens a clause belongs to the clause before.

// startVerbs tell when a thing starts to hold; "take" and "come" only with
// "effect" or "force" ("take effect", "come into force").
var startVerbs = WordSet("start begin apply commence")

// forceNouns complete "take" and "come into" as a start ("take effect",
// "come into force").
var forceNouns = WordSet("effect force operation")

// startClause reports whether verb r tells that its subject starts to
// hold: "will take effect", "comes into force", "will start".
func startClause(s *syntax.Sentence, r int) bool {
	switch w := s.Words[r]; {
	case startVerbs[w.Lemma]:
		return true
	case w.Lemma == "take" || w.Lemma == "come" || w.Lemma == "enter":
		for _, c := range s.ChildrenWith(r, "obj", "obl") {
			if forceNouns[lower(s.Words[c].Form)] {
				return true
			}
		}
	}
	return false
}

// effectDate returns the index among the sentence's marks in of the date on
// which what clause c commits to starts: a date in a clause of starting
// on a noun of the clause or with the commitment for its subject ("agreed
// to a ceasefire that will take effect on Monday", "The agreement, signed
// on Friday, takes effect on Sunday"), not a deadline; -1 when there is
// none.
func effectDate(src string, in []dates.Mark, c clause) int {
	s := c.s
	for n, m := range in {
		k := wordAt(s, m.Start)
		if k < 0 || isDeadlineDate(src, s.Start, m) {
			continue
		}
		if r := clauseAbove(s, k); r >= 0 && startClause(s, r) && startsCommitted(s, r, c) {
			return n
		}
	}
	return -1
}

// startsCommitted reports whether start clause r tells when what clause
// c commits to starts: r is a relative clause on a noun of c ("agreed to
// a ceasefire that will take effect"), or r's subject is the commitment
// noun or the noun that c's participle describes ("The agreement, signed
// by the two ministers, takes effect on Sunday").
func startsCommitted(s *syntax.Sentence, r int, c clause) bool {
	if noun := s.Words[r].Head; noun >= 0 && text.RelIs(s.Words[r].Rel, "acl") {
		return noun == c.pred || s.Words[noun].Head == c.pred || s.Words[noun].Head == c.verb
	}
	own := c.pred
	if p := s.Words[c.pred]; p.UPOS == "VERB" && text.RelIs(p.Rel, "acl") {
		own = p.Head
	}
	for _, subj := range s.ChildrenWith(r, "nsubj") {
		if subj == own {
			return true
		}
	}
	return false
}

// clauseAbove returns the first verb above word k, or -1.
func clauseAbove(s *syntax.Sentence, k int) int {
	for h, steps := s.Words[k].Head, 0; h >= 0 && steps <= len(s.Words); h, steps = s.Words[h].Head, steps+1 {
		if s.Words[h].UPOS == "VERB" {
			return h
		}
	}
	return -1
}

// eventMarks open a clause that times another by its event ("once the
// ambassadors were back", "until the audit is finished").
var eventMarks = WordSet("once after until unless if")

// eventTimed reports whether clause c waits for an event told in a clause
// of its own after its verb, however the parse hung that clause ("would
// drop its complaint once the ambassadors were back"): the time of
// another sentence's act is not its.
func eventTimed(c clause) bool {
	if c.cond >= 0 {
		return true
	}
	s := c.s
	for k := c.verb + 1; k < len(s.Words); k++ {
		if eventMarks[lower(s.Words[k].Form)] && text.RelIs(s.Words[k].Rel, "mark", "advmod") && opensClauseOf(s, s.Words[k].Head, c.verb) {
			return true
		}
	}
	return false
}

// opensClauseOf reports whether clause head h hangs on verb v, or on a
// word above v (the parse hung it too high), without passing another
// verb or a joined clause.
func opensClauseOf(s *syntax.Sentence, h, v int) bool {
	for k, steps := h, 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		switch {
		case k == v || s.Dominates(k, v):
			return true
		case k != h && s.Words[k].UPOS == "VERB" || text.RelIs(s.Words[k].Rel, "conj"):
			return false
		}
	}
	return false
}

// acrossConjunction reports whether the word at byte offset at stands
// between the verb of the clause before and the conjunction that opens
// clause v ("will reopen on 1 November, and a joint commission will draw
// up rules"): it belongs to the clause before, however the parse hung it.
func acrossConjunction(s *syntax.Sentence, at, v int) bool {
	k, h := wordAt(s, at), s.Words[v].Head
	if k < 0 || h < 0 || h > k || !text.RelIs(s.Words[v].Rel, "conj") {
		return false
	}
	for _, c := range s.ChildrenWith(v, "cc") {
		if k < c && c < v {
			return true
		}
	}
	return false
}
