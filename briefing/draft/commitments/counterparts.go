package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// counterparts are those a body deals with, named by their part in the
// dealing: "its lenders", "its administrators" and "their rivals" act for
// themselves, not for the body that owns the phrase.
var counterparts = WordSet("administrator receiver liquidator lender creditor bondholder auditor insurer landlord " +
	"tenant buyer bidder supplier customer client rival competitor critic opponent ally regulator")

// appointees are the counterparts a body has appointed to act for it,
// whom the text names by the appointment.
var appointees = WordSet("administrator receiver liquidator auditor trustee")

// appointVerbs put a party in an office.
var appointVerbs = WordSet("appoint name hire retain engage install")

// appointed resolves a subject naming an office a firm is appointed to
// ("its administrators agreed to sell 20 stores") to the party the text
// says was appointed to it ("Kestrel Restructuring, which was appointed
// administrator on Tuesday"): the last such party named before byte a,
// else the first after it.
func (r *actorResolver) appointed(s *syntax.Sentence, h, a int) ([]int, bool) {
	w := s.Words[h]
	if w.UPOS != "NOUN" || !appointees[lower(w.Lemma)] {
		return nil, false
	}
	noun := lower(w.Lemma)
	var found []int
	for _, m := range r.mentions {
		if personKind(r.d.Parties[m.party].Kind) || r.d.Parties[m.party].Kind == briefing.KindPlace || !r.appointedAt(m, noun) {
			continue
		}
		if m.start < a || len(found) == 0 {
			found = []int{m.party}
		}
	}
	return found, len(found) > 0
}

// appointedAt reports whether the sentence of mention m says the party
// was appointed to office noun: by a relative clause on the name ("X,
// which was appointed administrator"), as the subject of a passive ("X
// were appointed joint administrators") or as the object ("appointed X
// as liquidator").
func (r *actorResolver) appointedAt(m partyMark, noun string) bool {
	s := r.sentence(r.sentenceIndex(m.start))
	if s == nil {
		return false
	}
	inside := func(k int) bool { return k >= 0 && s.Words[k].Start >= m.start && s.Words[k].End <= m.end }
	for v, w := range s.Words {
		if !appointVerbs[lower(w.Lemma)] || w.UPOS != "VERB" {
			continue
		}
		office := false
		for _, c := range s.ChildrenWith(v, "xcomp", "obj", "obl") {
			office = office || singular(lower(s.Words[c].Lemma)) == noun && !inside(c)
		}
		if !office {
			continue
		}
		if w.Rel == "acl:relcl" && inside(w.Head) {
			return true
		}
		for _, c := range s.ChildrenWith(v, "nsubj:pass", "obj") {
			if inside(c) {
				return true
			}
		}
	}
	return false
}
