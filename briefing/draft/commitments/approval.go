package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// approvalVerbs are what a council, a board or a regulator does to a
// budget, a takeover or a bill when it decides on it.
var approvalVerbs = WordSet("approve clear adopt pass authorise authorize sanction")

// approvedThings are what such a body decides on: approving one agrees to
// it ("councillors approved a budget that cuts 40 jobs", "the regulator
// cleared the takeover on condition that …").
var approvedThings = WordSet("budget takeover merger acquisition sale purchase package bill law spending increase cut " +
	"rise hike loan bailout tariff levy")

// approval reports whether active verb i approves a budget, a takeover or
// a bill: the deciding body agrees to it.
func approval(s *syntax.Sentence, i int) bool {
	if !approvalVerbs[s.Words[i].Lemma] || passiveVerb(s, i) {
		return false
	}
	k := firstChild(s, i, "obj")
	return k >= 0 && approvedThings[s.Words[k].Lemma]
}
