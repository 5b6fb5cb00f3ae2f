package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// scheduledAct reports whether verb i, after will or would, is an act its
// subject has set a day for: a visit, a meeting, a reception, a debate or
// a decision dated to a day, a month or a coming week ("The president
// would receive the leaders on Wednesday", "The minister will travel to
// Abuja next week", "lawmakers would debate the deal next week"). Such
// verbs most often tell what happens ("talks will go on"); a date set
// for them makes them a plan of the one who acts.
func scheduledAct(s *syntax.Sentence, i int, modal string) bool {
	if !willModals[modal] && modal != "would" || !scheduledVerbs[withParticle(s, i)] || passiveVerb(s, i) || negated(s, i) {
		return false
	}
	if hasCase(s, i, "before") {
		return false // "the bill will go before the Commons on 23 February": a hearing it gets, no act of its own
	}
	for _, k := range s.Children(i) {
		if text.RelIs(s.Words[k].Rel, "obl", "obl:tmod", "nmod:tmod", "advmod") && setDay(s, k) {
			return true // "will travel to Abuja next week"
		}
		if text.RelIs(s.Words[k].Rel, "obj") {
			for _, n := range s.ChildrenWith(k, "nmod", "nmod:tmod") {
				if setDay(s, n) {
					return true // "would receive the leaders on Wednesday": the parser hung the day on the object
				}
			}
		}
	}
	return false
}

// scheduledVerbs are the acts one sets a day for: going, receiving,
// meeting, opening talks, debating, considering, deciding.
var scheduledVerbs = WordSet("go travel fly visit return receive host meet see attend address open convene " +
	"discuss debate negotiate consider review decide examine invite announce present unveil publish " +
	"take up hold sign")

// setDay reports whether word k heads a phrase of time that names a day
// or a coming period ("on Wednesday", "in October", "on 24 June", "next
// week", "at its meeting on Sept. 11", "this fall"), not a stretch of
// time ("for two years").
func setDay(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if hasChildLemma(s, k, WordSet("for during over within"), "case") {
		return false
	}
	switch l := lower(w.Lemma); {
	case dayNames[l] || monthNames[l]:
		return true
	case comingPeriods[l]:
		return hasChildLemma(s, k, WordSet("next this later"), "amod", "det")
	case meetingNouns[l]:
		for _, n := range s.ChildrenWith(k, "nmod") {
			if setDay(s, n) {
				return true // "at its meeting on 24 June"
			}
		}
	}
	for _, n := range s.ChildrenWith(k, "compound", "nummod", "flat", "nmod", "amod") {
		if l := lower(s.Words[n].Lemma); dayNames[l] || monthNames[l] {
			return true // "on 24 June", "on Sept. 11"
		}
	}
	return w.UPOS == "NUM" && k+1 < len(s.Words) && monthNames[lower(s.Words[k+1].Form)] // "on 9 December" with the month parsed apart
}

// dayNames and monthNames name days and months, written out or cut short.
var (
	dayNames   = WordSet("monday tuesday wednesday thursday friday saturday sunday tomorrow tonight")
	monthNames = WordSet("january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.")
)

// comingPeriods are periods that "next", "this" or "later" set in the
// coming time.
var comingPeriods = WordSet("week month year weekend fall spring summer autumn winter session term")
