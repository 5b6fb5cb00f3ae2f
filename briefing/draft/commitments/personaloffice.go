package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// personalOffices are the staff through whom one person acts: "her
// office said it would review the offer" is her act.
var personalOffices = WordSet("office")

// personalOffice resolves a subject that is a person's office, owned by a
// possessive ("her office", "the governor's office") and named as no
// party of its own ("the Prime Minister's Office" may be one), to the
// person who owns it: ok is false when h is no such office or its owner
// is no person.
func (r *actorResolver) personalOffice(s *syntax.Sentence, si, h int) ([]int, bool) {
	w := s.Words[h]
	if w.UPOS != "NOUN" || !personalOffices[lower(w.Lemma)] || len(r.in(s.Bytes(phrase(s, h)))) > 0 {
		return nil, false
	}
	k := firstChild(s, h, "nmod:poss")
	if k < 0 {
		return nil, false
	}
	var ps []int
	first, _ := phrase(s, k)
	a, b := s.Bytes(first, k)
	switch f := lower(s.Words[k].Form); {
	case f == "his" || f == "her":
		ps = r.salientPerson(si, a, possessiveSubject[f])
	case s.Words[k].UPOS == "NOUN":
		ps = r.officeHolder(phraseWords(s, first, k), a) // "the governor's office": Governor Maura Healey's
	default:
		ps = r.in(a, b) // "Healey's office"
	}
	if len(ps) != 1 || !personKind(r.d.Parties[ps[0]].Kind) {
		return nil, false
	}
	return ps, true
}

// officeSaid resolves "it" at word h in a clause said by a person's
// office ("the governor's office said it would review the offer") to the
// person: ok is false when the sayer is no such office.
func (r *actorResolver) officeSaid(s *syntax.Sentence, si, h int) ([]int, bool) {
	v := s.Words[h].Head
	if v < 0 || !reportedClause(s, v) || s.Words[v].Head < 0 {
		return nil, false
	}
	sub := firstChild(s, s.Words[v].Head, "nsubj")
	if sub < 0 {
		return nil, false
	}
	return r.personalOffice(s, si, sub)
}
