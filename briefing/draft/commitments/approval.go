package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// approvalVerbs are what a council, a board or a regulator does to a
// budget, a takeover or a bill when it decides on it.
var approvalVerbs = WordSet("approve clear adopt pass authorise authorize sanction award")

// approvedThings are what such a body decides on: approving one agrees to
// it ("councillors approved a budget that cuts 40 jobs", "the regulator
// cleared the takeover on condition that …").
var approvedThings = WordSet("budget takeover merger acquisition sale purchase package bill law spending increase cut " +
	"rise hike loan bailout tariff levy plan proposal scheme application project development measure reform " +
	"programme program policy motion resolution request legislation declaration charter protocol")

// approval reports whether active verb i approves a budget, a takeover or
// a bill, or a deliberative body extends or renews anything ("the Security
// Council extended the mandate"): the deciding body agrees to it.
func approval(s *syntax.Sentence, i int) bool {
	l := s.Words[i].Lemma
	if !approvalVerbs[l] && !renewals[l] || passiveVerb(s, i) || negated(s, i) {
		return false
	}
	k := firstChild(s, i, "obj")
	return k >= 0 && (approvalVerbs[l] && (approvable(s.Words[k]) || decidedByBody(s, i, k)) ||
		renewals[l] && byBody(s, i))
}

// decidedByBody reports whether verb i, told as done, has a deliberative
// body for its subject and no stretch of time for its object k ("the
// board has approved a ban on phones"); not "once parliament passes it",
// a time still to come.
func decidedByBody(s *syntax.Sentence, i, k int) bool {
	return bodySubject(s, i) && (pastClause(s, i) || presentPerfect(s, i)) && !spentTime(s.Words[k])
}

// spentTime reports whether w names a stretch of time, which a body passes
// without deciding anything ("passed the afternoon in silence").
func spentTime(w syntax.Word) bool {
	return timeWord(w) || timeNouns[w.Lemma] || dayParts[w.Lemma]
}

// bodySubject reports whether verb i has a deliberative body for its
// subject ("the school board has approved a four-day week"): whatever such
// a body approves, it decided.
func bodySubject(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj")
	if k < 0 {
		return false
	}
	for _, n := range append(s.ChildrenWith(k, "compound"), k) {
		if deliberativeBodies[lower(s.Words[n].Lemma)] {
			return true
		}
	}
	return false
}

// approvable reports whether a noun names what a body decides on: a
// budget, a plan, a bill, or an agreement.
func approvable(w syntax.Word) bool {
	return approvedThings[w.Lemma] || commitNouns[w.Lemma] == briefing.StatusAgreed
}

// approvedBy reports whether verb i tells in the past that a budget, a
// plan or a bill was approved by someone who can decide ("the plans have
// been approved by councillors", "the takeover was cleared by the
// regulator"): the agent agreed to it. One still to come ("must still be
// approved by a judge", "will be approved by shareholders") is a
// condition or a forecast, none.
func approvedBy(s *syntax.Sentence, i int) bool {
	return approvedSubject(s, i) >= 0
}

// approvedSubject returns what passive verb i says was approved by an
// agent who can decide, or -1 (see approvedBy).
func approvedSubject(s *syntax.Sentence, i int) int {
	if !approvalVerbs[s.Words[i].Lemma] || !passiveVerb(s, i) || negated(s, i) || !pastClause(s, i) && !presentPerfect(s, i) ||
		len(personalAgents(s, i)) == 0 {
		return -1
	}
	k := firstChild(s, i, "nsubj:pass")
	if h := s.Words[i].Head; k < 0 && h >= 0 && h < i && text.RelIs(s.Words[i].Rel, "parataxis", "acl") {
		k = h // "Plans for 850 homes … | have been approved": the parser hung the verb on its subject
	}
	if k >= 0 && relativePronouns[lower(s.Words[k].Form)] && text.RelIs(s.Words[i].Rel, "acl:relcl") {
		k = s.Words[i].Head // "the legislation, which was approved by the governor"
	}
	if k < 0 || !approvable(s.Words[k]) {
		return -1
	}
	return k
}

// renewals keep a mandate, a mission or a term going.
var renewals = WordSet("extend renew endorse")

// deliberativeBodies decide by the votes of their members: what they
// decide, approve or extend, they agree to as one.
var deliberativeBodies = WordSet("council board parliament assembly senate congress committee cabinet commission legislature")

// byBody reports whether verb i, in the past, has a deliberative body for
// its subject ("the Security Council", "the board").
func byBody(s *syntax.Sentence, i int) bool {
	return pastClause(s, i) && bodySubject(s, i) // "The Security Council today": the parser may hang the name on the time
}
