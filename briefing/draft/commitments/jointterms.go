package commitments

import (
	"slices"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// agreedSides remembers the bodies of the last commitment that two or
// more bodies signed or agreed together: the sides of a deal the story
// then goes on to set out.
type agreedSides struct {
	sides []int
	si    int // the sentence that told of the deal
}

// termReach bounds how many sentences after a deal a plain future act of
// one of its sides reads as one of its terms.
const termReach = 3

// note records the bodies ps of a commitment of status st when it is a
// deal between two or more of them; a person who signed for a body is no
// side of their own.
func (a *agreedSides) note(r *actorResolver, st string, ps []int, si int) {
	if st != briefing.StatusSigned && st != briefing.StatusAgreed {
		return
	}
	var bodies []int
	for _, p := range ps {
		if !personKind(r.d.Parties[p].Kind) {
			bodies = append(bodies, p)
		}
	}
	if len(bodies) > 1 {
		a.sides, a.si = bodies, si
	}
}

// status returns the status of clause c of parties ps drafted as st: what
// the sides of the deal told before will do together, told as a plain
// future in the text's own voice, is a term they agreed ("The agreement
// was signed in Velda. … Norvessa and Latrovia will set up a Joint Cyber
// Response Centre", "The two sides will withdraw heavy artillery"), and so
// is what one side will do, told right after the deal ("Varnia and
// Poland signed a pact. Under it, Poland will fund a response centre"). Their plans to meet, sign or visit are events to
// come, and what someone says they will do is their intention.
func (a agreedSides) status(c clause, st string, ps []int) string {
	s, v := c.s, c.verb
	if st != briefing.StatusIntends || len(a.sides) < 2 || len(ps) < 2 && c.si-a.si > termReach ||
		slices.ContainsFunc(ps, func(p int) bool { return !slices.Contains(a.sides, p) }) {
		return st
	}
	if !willModals[modalOf(s, v)] || c.inherited || text.Reported(s, v) || attributionVerb(s, v) >= 0 ||
		scheduledVerbs[s.Words[v].Lemma] || len(ps) == 1 && actsOnDeal(s, c) {
		return st
	}
	return briefing.StatusAgreed
}
