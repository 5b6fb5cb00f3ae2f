package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// restraint reports whether verb i names an act that harms, takes from or
// stands against others, or a giving in: denied, it pledges restraint
// ("will not cut jobs", "would not block the deal", "will not back
// down"), where denying any other act refuses it ("would not delay the
// closure", "would not intervene").
func restraint(s *syntax.Sentence, i int) bool {
	l := withParticle(s, i)
	if yieldings[l] {
		return firstChild(s, i, "obj") < 0 // "will not give up", not "would not give up the port"
	}
	return adverseActs[l] || atRisk(s, i) || harmPermitted(s, i) // "will not lay off staff"; not "would not stand down", which refuses the calls to go
}

// renunciations, denied, give up a claim on others or promise to hold
// firm, rather than turn down what others ask: "would not seek to recover
// the cost", "will not seek a new loan", "we will not let the schedule
// slip", "will not let these workers face it alone".
var renunciations = WordSet("seek let")

// permissions let others act.
var permissions = WordSet("let allow permit")

// harmPermitted reports whether verb i lets another do harm: what it
// lets happen is, or leads to, an adverse act ("will not let this issue
// bring down the government", "will never allow any force to use its
// territory to harm China", "to drive a wedge between our peoples").
// Denied, it pledges to prevent the harm, where denying leave for a deal
// or a passage refuses it ("will not allow the merger", "would not allow
// any convoy to pass").
func harmPermitted(s *syntax.Sentence, i int) bool {
	if !permissions[s.Words[i].Lemma] {
		return false
	}
	for _, k := range s.ChildrenWith(i, "xcomp", "ccomp") {
		for _, v := range append([]int{k}, s.ChildrenWith(k, "advcl", "xcomp")...) {
			if adverseActs[withParticle(s, v)] || s.Words[v].Lemma == "bring" && hasChildLemma(s, v, WordSet("down"), "compound:prt") ||
				hasChildLemma(s, v, WordSet("wedge harm damage"), "obj") {
				return true
			}
		}
	}
	return false
}

// atRisk reports whether verb i puts or places something at risk or in
// danger ("will not put our members' lives at risk").
func atRisk(s *syntax.Sentence, i int) bool {
	for _, k := range caseChildren(s, i, "at", "in") {
		if perils[s.Words[k].Lemma] {
			return true
		}
	}
	return false
}

// perils are what a harmful act puts others in.
var perils = WordSet("risk danger jeopardy peril harm")

// standsAgainst are refusals that take a side against a measure: with
// "will" or "would" an announced stance ("would oppose the levy"), denied
// a restraint promised ("would not oppose the hearing", "will not veto
// the deal").
var standsAgainst = WordSet("oppose veto")

// adverseActs harm, take from or stand against others, or leave them to
// their fate.
var adverseActs = phrasalSet("cut close shut axe ax scrap raise increase hike borrow fire sack dismiss lay_off " +
	"fine penalise penalize punish attack strike shoot invade bomb evict deport expel cancel ban block obstruct " +
	"stand leave abandon desert tax charge sue prosecute arrest wait rest tolerate hesitate harm hurt damage endanger " +
	"jeopardise jeopardize risk sacrifice betray pass_on ration outsource levy target walk_away")

// phrasalSet makes a set of lemmas; "_" joins a verb and its particle.
func phrasalSet(lemmas string) map[string]bool {
	m := map[string]bool{}
	for l := range WordSet(lemmas) {
		m[strings.ReplaceAll(l, "_", " ")] = true
	}
	return m
}

// yieldings give in to another side: denied, they pledge to hold out.
var yieldings = map[string]bool{"give up": true, "give in": true, "back down": true, "bow": true, "compromise": true}

// paid reports whether verb i gives or pays money or goods to another:
// denied, a measure of that kind refuses it ("none of its money will be
// paid to the owners"), where denying any other measure pledges
// restraint ("the scheme will not be extended").
func paid(s *syntax.Sentence, i int) bool {
	return gives(s, i) || s.Words[i].Lemma == "pay"
}

// bareRefusal reports whether refusing verb i stands with nothing after it
// but the end of its clause ("The government declined.", "Unite refused,
// saying …"): the request told before it is what is refused. A subject
// and auxiliaries may go with it, a figure or a place may not ("shares
// declined 3% in London").
func bareRefusal(s *syntax.Sentence, i int) bool {
	if firstChild(s, i, "nsubj") < 0 || i+1 >= len(s.Words) || s.Words[i+1].UPOS != "PUNCT" {
		return false
	}
	for _, k := range s.Children(i) {
		if !text.RelIs(s.Words[k].Rel, "nsubj", "aux", "punct", "advmod", "advcl", "parataxis", "cc", "conj") || s.Words[k].UPOS == "NUM" {
			return false
		}
	}
	return true
}
