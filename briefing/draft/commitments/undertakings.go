package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// undertakes reports whether verb i, one that most often states or
// happens, here undertakes an act: it begins or starts an activity its
// object names ("will begin distributions", "will start construction of
// the line"), makes its object into a state ("will make the training
// compulsory"), takes a case or a dispute before a court or a body ("will
// take the case to the tribunal"), or does so again what was just said
// ("we will continue to do so").
func undertakes(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Lemma == "do" { // "will continue to do so"; not "are likely to do so", a forecast
		h := w.Head
		return hasChildLemma(s, i, WordSet("so"), "advmod") && h >= 0 && text.RelIs(w.Rel, "xcomp") && phaseVerbs[s.Words[h].Lemma]
	}
	k := firstChild(s, i, "obj")
	if k < 0 {
		return false
	}
	o := s.Words[k]
	switch w.Lemma {
	case "begin", "start":
		return o.UPOS == "NOUN" && !timeWord(o) && !timeNouns[o.Lemma] && (!meetingNouns[o.Lemma] || talksWith(s, i, k)) // not "will start the meeting": an appointment
	case "make":
		x := firstChild(s, i, "xcomp")
		return x >= 0 && s.Words[x].UPOS == "ADJ" && o.UPOS != "PRON" // not "make it harder": a forecast of effects
	case "take":
		for _, t := range caseChildren(s, i, "to") {
			if t > k && (s.Words[t].UPOS == "PROPN" || forums[s.Words[t].Lemma]) {
				return true
			}
		}
		return forumAsVerb(s, i) // "will take the government to court", "court" read as a verb
	}
	return false
}

// goesToForum reports whether verb "go" i goes to a forum that hears a
// case ("will go to court", "would go back to the tribunal", "will go to
// judicial review"): a party that goes there sues or appeals.
func goesToForum(s *syntax.Sentence, i int) bool {
	for _, t := range caseChildren(s, i, "to") {
		if t > i && (forums[s.Words[t].Lemma] || forums[lower(s.Words[t].Form)] || s.Words[t].Lemma == "review" && hasChildLemma(s, t, WordSet("judicial"), "amod")) {
			return true
		}
	}
	return forumAsVerb(s, i) // "go back to court", "court" read as a verb
}

// forumAsVerb reports whether verb i has a forum after "to" that the
// parse read as an infinitive ("go back to court", "take them to
// court").
func forumAsVerb(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "advcl", "xcomp") {
		if k > i && forums[lower(s.Words[k].Form)] && hasChildLemma(s, k, WordSet("to"), "mark") {
			return true
		}
	}
	return false
}

// forums hear a case that a party takes to them.
var forums = WordSet("court tribunal arbitration arbitrator ombudsman regulator commission parliament")

// tallies count the votes by which a body decided: "by nine votes to four"
// is how it was approved, not by whom.
var tallies = WordSet("vote majority margin")

// gapObject returns the noun that relative clause verb i takes as its
// object, the one the clause describes ("a demand the government has
// rejected", "an offer that the union accepted"), or -1: the verb has no
// object but a relative pronoun, and a subject that is none.
func gapObject(s *syntax.Sentence, i int) int {
	w := s.Words[i]
	if w.Head < 0 || !text.RelIs(w.Rel, "acl:relcl") || firstChild(s, i, "xcomp", "ccomp") >= 0 || passiveVerb(s, i) ||
		s.Words[w.Head].UPOS != "NOUN" {
		return -1
	}
	if k := firstChild(s, i, "obj"); k >= 0 && !relativePronouns[lower(s.Words[k].Form)] {
		return -1
	}
	subj := firstChild(s, i, "nsubj")
	if subj < 0 || relativePronouns[lower(s.Words[subj].Form)] {
		return -1 // "the union, which rejected": the noun is who rejects
	}
	return w.Head
}

// votedAgainst reports whether verb i, a vote taken, was cast against a
// bill, a motion or a deal, or against "it", by a side as a whole ("China
// and Russia voted against it"): a refusal of what was put to the vote.
// Members counted or named as members ("thirty members of the party", "two
// MPs") cast ballots, no commitment.
func votedAgainst(s *syntax.Sentence, i int) bool {
	if !castAsOne(s, i) {
		return false
	}
	for _, k := range s.ChildrenWith(i, "advcl") {
		if k > 0 && s.Words[k].XPOS == "VBG" && lower(s.Words[k-1].Form) == "against" {
			return true // "voted 11-4 against divesting its endowment", the tally misleading the parser
		}
	}
	for _, k := range caseChildren(s, i, "against") {
		if w := s.Words[k]; approvable(w) || commitNouns[w.Lemma] != "" || w.UPOS == "PRON" && lower(w.Form) != "him" && lower(w.Form) != "her" ||
			w.XPOS == "VBG" || strings.HasSuffix(lower(w.Form), "ing") && w.UPOS == "NOUN" { // "voted 11-4 against divesting"

			return true
		}
	}
	return false
}

// memberNouns are those who sit in a body and cast its votes one by one.
var memberNouns = WordSet("member mp senator councillor councilor lawmaker legislator deputy representative delegate")

// plannedEvent reports whether "plan" has a noun for its object in the
// present or the future ("plans a march on Saturday", "is planning a
// share buyback"): an intention. A plan told in the past ("planned the
// raid") is what was done.
func plannedEvent(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "obj")
	return s.Words[i].Lemma == "plan" && k >= 0 && s.Words[k].UPOS == "NOUN" && !pastClause(s, i) && s.Words[i].XPOS != "VBN"
}

// reportedComplement reports whether verb i is what a verb of saying
// reports: its complement, or a later conjunct of that complement with a
// modal of its own ("said the district would review its contract and will
// install cameras"), which shares its subject.
func reportedComplement(s *syntax.Sentence, i int) bool {
	k := i
	for steps := 0; steps < 3 && text.RelIs(s.Words[k].Rel, "conj") && modalOf(s, k) != "" && firstChild(s, k, "nsubj") < 0; steps++ {
		k = s.Words[k].Head
	}
	return k >= 0 && text.RelIs(s.Words[k].Rel, "ccomp")
}

// offeredExclusion reports whether complement x rules something out that
// verb i offers or promises ("offered to rule out compulsory redundancies",
// "pledged to rule out new taxes"): an undertaking, where refusing or
// declining to rule it out keeps it open.
func offeredExclusion(s *syntax.Sentence, i, x int) bool {
	p := commitVerbs[phrasalLemma(s, i)]
	return withParticle(s, x) == "rule out" && p != (predicate{}) && p.status != briefing.StatusRefused
}

// talksWith reports whether object k of verb i is talks held with another
// side ("will begin talks with the leaders of all six parties"): a step
// its subject takes, not an appointment kept.
func talksWith(s *syntax.Sentence, i, k int) bool {
	if !talkNouns[s.Words[k].Lemma] {
		return false
	}
	for _, h := range []int{i, k} {
		for _, c := range s.ChildrenWith(h, "obl", "nmod") {
			if c > k && hasChildLemma(s, c, WordSet("with"), "case") {
				return true
			}
		}
	}
	return false
}

// talkNouns name talks between sides.
var talkNouns = WordSet("talk negotiation consultation")
