package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// announcerBefore returns the body whose voice an unquoted "we" in
// sentence si is when a sentence shortly before names it as the subject
// of a verb of stating, with no other party speaking in between: a
// response, a release or a letter that opens in the third person and
// goes on in the first ("The Department for Transport thanks the
// petitioners for raising this issue. … we have decided not to
// reintroduce the grant"). Sentences in between may tell what any party
// does ("The Department will open the fund"); a person or several
// parties stating something end the search.
func (r *actorResolver) announcerBefore(si int) (int, bool) {
	for j := si - 1; j >= 0 && j >= si-announcerReach && j < len(r.d.Parsed); j-- {
		if r.openQuotation(r.d.Sentences[j].Start) {
			continue
		}
		s := &r.d.Parsed[j]
		for root := range s.Words {
			if s.Words[root].Head >= 0 {
				continue
			}
			for _, sub := range s.ChildrenWith(root, "nsubj") {
				p, named := r.namedBy(s, sub)
				if !named {
					continue // "Authorities that receive money from the Fund will have to …": no party's voice
				}
				if !statingVerbs[s.Words[root].Lemma] {
					continue // "The Department will open the fund", "the Government committed in 2024 to …"
				}
				return p, r.institution(p) && len(s.ChildrenWith(sub, "conj")) == 0
			}
		}
	}
	return 0, false
}

// statingVerbs are what a body does as it opens a statement in the third
// person.
var statingVerbs = WordSet("thank welcome announce say state confirm note acknowledge recognise recognize respond reply " +
	"publish issue set outline inform")

// announcerReach is how many sentences back a body opening a statement
// may be named.
const announcerReach = 12

// namedBy returns the party whose mention in the phrase word h of
// sentence s heads covers that word.
func (r *actorResolver) namedBy(s *syntax.Sentence, h int) (int, bool) {
	w := s.Words[h]
	for _, m := range r.picked(s.Bytes(phrase(s, h))) {
		if m.start <= w.Start && w.End <= m.end {
			return m.party, true
		}
	}
	return 0, false
}
