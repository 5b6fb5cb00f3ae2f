package commitments

import "github.com/briefdesk/briefdesk/briefing"

// memberVote reports whether clause c is a vote told as cast by people
// ("Deputy Governor Lena Strand voted to raise rates", "Councillor Jill
// Pardoe voted against"): a vote that happened, where a body's vote
// ("the council voted to close the library") is its decision.
func (r *actorResolver) memberVote(c clause) bool {
	if c.s.Words[c.pred].Lemma != "vote" || modalOf(c.s, c.pred) != "" || !pastClause(c.s, c.pred) {
		return false
	}
	ps, _ := r.clauseParties(c)
	for _, p := range ps {
		if r.d.Parties[p].Kind != briefing.KindPerson {
			return false
		}
	}
	return len(ps) > 0
}
