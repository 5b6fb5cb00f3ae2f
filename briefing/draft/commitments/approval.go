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
// a bill, or a deliberative body extends or renews anything ("the Security
// Council extended the mandate"): the deciding body agrees to it.
func approval(s *syntax.Sentence, i int) bool {
	l := s.Words[i].Lemma
	if !approvalVerbs[l] && !renewals[l] || passiveVerb(s, i) || negated(s, i) {
		return false
	}
	k := firstChild(s, i, "obj")
	return k >= 0 && (approvalVerbs[l] && approvedThings[s.Words[k].Lemma] || renewals[l] && byBody(s, i))
}

// renewals keep a mandate, a mission or a term going.
var renewals = WordSet("extend renew endorse")

// deliberativeBodies decide by the votes of their members: what they
// decide, approve or extend, they agree to as one.
var deliberativeBodies = WordSet("council board parliament assembly senate congress committee cabinet commission legislature")

// byBody reports whether verb i, in the past, has a deliberative body for
// its subject ("the Security Council", "the board").
func byBody(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj")
	if k < 0 || !pastClause(s, i) {
		return false
	}
	for _, n := range append(s.ChildrenWith(k, "compound"), k) { // "The Security Council today": the parser may hang the name on the time
		if deliberativeBodies[lower(s.Words[n].Lemma)] {
			return true
		}
	}
	return false
}
