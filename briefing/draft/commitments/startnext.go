package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// The sentence right after an agreement may tell when the arrangement
// agreed starts ("Both sides agreed to halt fighting … The pause began
// this morning", "… signed the accord. The truce takes effect at
// midnight on Friday"): that is when the commitment takes effect, the
// date a brief gives it, as for a start told in its own sentence
// (effectDate), unless the act has a date of its own ("agreed on Friday to
// a ceasefire. The agreement takes effect on Sunday": Friday). Only a
// definite noun that names an arrangement counts, and only a start not
// before the day the agreement was made.

// arrangementNouns name what an agreement sets up.
var arrangementNouns = WordSet("pause truce ceasefire cease-fire halt deal agreement accord arrangement pact ban freeze " +
	"moratorium suspension evacuation corridor cap")

// nextStart returns the date on which the sentence after clause c's says
// the arrangement c agreed starts, when c is an agreement or a signing
// and that date is not before made (the day c was made, "" if unknown).
func nextStart(d *doc.Document, ds []dates.Mark, c clause, made string) (dates.Mark, bool) {
	if c.status != briefing.StatusAgreed && c.status != briefing.StatusSigned || c.si+1 >= len(d.Parsed) {
		return dates.Mark{}, false
	}
	s := &d.Parsed[c.si+1]
	r := s.Root()
	if r < 0 || !startClause(s, r) || !arrangementSubject(s, r) {
		return dates.Mark{}, false
	}
	for _, m := range dates.Within(ds, s.Start, s.End) {
		if attachedTo(s, m.Start, r) && !isDeadlineDate(d.Text, s.Start, m) && m.Value >= made[:min(len(made), len(m.Value))] {
			return m, true
		}
	}
	return dates.Mark{}, false
}

// arrangementSubject reports whether the subject of verb r is a noun
// that names an arrangement, with "the" or "this" before it ("The pause").
func arrangementSubject(s *syntax.Sentence, r int) bool {
	for _, subj := range s.ChildrenWith(r, "nsubj") {
		if !arrangementNouns[lower(s.Words[subj].Lemma)] {
			continue
		}
		for _, det := range s.ChildrenWith(subj, "det") {
			if f := lower(s.Words[det].Form); f == "the" || f == "this" {
				return true
			}
		}
	}
	return false
}
