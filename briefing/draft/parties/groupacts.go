package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// actsOnItsOwn reports whether the group headed by word h acts as a side of
// its own: it is the subject or agent of its clause (see groupActs), and
// the clause does more than describe it or say what it has ("aid groups
// were cautious", "consumers will have more choice"), it is not owned by a
// party the text points to with a pronoun ("his allies", "our taxpayers":
// they act as part of their owner) nor named as a body's members (see
// membersOfBody), and it does not comment from inside a
// named body ("analysts at Barrow Securities said": the body speaks). The
// object of a verb whose infinitive it does acts too (see
// controlsInfinitive).
func actsOnItsOwn(s *syntax.Sentence, h int, parties []briefing.Party) bool {
	if controlsInfinitive(s, h) {
		return true
	}
	return groupActs(s, h) && !onlyDescribed(s, h) && !ownedByPronoun(s, h) && !membersOfBody(s, h) && !commentsFromBody(s, h, parties)
}

// membersOfBody reports whether the group at word h is named as the
// members of a body ("member companies", "member firms"): they act as
// part of the body they belong to. Member states act as states.
func membersOfBody(s *syntax.Sentence, h int) bool {
	if memberStates[strings.ToLower(s.Words[h].Lemma)] {
		return false
	}
	for _, c := range s.ChildrenWith(h, "compound") {
		if strings.EqualFold(s.Words[c].Lemma, "member") {
			return true
		}
	}
	return false
}

// memberStates are the members of a bloc that act as states of their own.
var memberStates = text.SetOf("state", "country", "nation", "government")

// controlsInfinitive reports whether the group at word h is the object of a
// verb whose infinitive it does ("the firm will allow customers to order
// online", "the law forces employers to pay"): it is the one who acts in
// that clause, and often the other side of a commitment.
func controlsInfinitive(s *syntax.Sentence, h int) bool {
	k := clauseRole(s, h)
	v := s.Words[k].Head
	if rel := s.Words[k].Rel; rel != "obj" && rel != "iobj" || v < 0 || s.Words[v].UPOS != "VERB" {
		return false
	}
	for _, x := range s.ChildrenWith(v, "xcomp") {
		if x > k && s.Words[x].UPOS == "VERB" && len(s.ChildrenWith(x, "mark")) > 0 {
			return true
		}
	}
	return false
}

// onlyDescribed reports whether the clause of which the group at word h is
// the subject only describes it (a copula: "users are at least 16", "the
// directors are A, B and C") or says what it has ("consumers will have
// better choice"), not what it is able or has the right to do.
func onlyDescribed(s *syntax.Sentence, h int) bool {
	v := s.Words[clauseRole(s, h)].Head
	if v < 0 || len(s.ChildrenWith(v, "xcomp")) > 0 {
		return false // "employers will be able to refuse": what they may do is an act
	}
	if len(s.ChildrenWith(v, "cop")) > 0 {
		return true
	}
	if s.Words[v].UPOS != "VERB" || !strings.EqualFold(s.Words[v].Lemma, "have") {
		return false
	}
	for _, o := range s.ChildrenWith(v, "obj") {
		if len(s.ChildrenWith(o, "acl")) > 0 {
			return false // "employers will have the right to refuse"
		}
	}
	return true
}

// ownedByPronoun reports whether the group at word h is owned by a
// possessive pronoun ("his allies", "our taxpayers", "its shareholders",
// "whose voters"): a part of the party the pronoun points to.
func ownedByPronoun(s *syntax.Sentence, h int) bool {
	if s.Words[h].Rel == "conj" {
		return false // "he and his allies have promised": listed beside its owner, a side of its own
	}
	for _, c := range s.ChildrenWith(h, "nmod:poss") {
		if possessivePronouns[strings.ToLower(s.Words[c].Form)] {
			return true
		}
	}
	return false
}

// possessivePronouns own what follows them.
var possessivePronouns = text.SetOf("my", "your", "his", "her", "its", "our", "their", "whose")

// commentsFromBody reports whether the group at word h is a body's
// commentators, written with "at" and the body's name right after it
// ("analysts at Barrow Securities", "economists at the Asian Development
// Bank"): they give the body's view, and the body is the party.
func commentsFromBody(s *syntax.Sentence, h int, parties []briefing.Party) bool {
	if !commentators[strings.ToLower(s.Words[h].Lemma)] {
		return false
	}
	k := h + 1
	if k >= len(s.Words) || !strings.EqualFold(s.Words[k].Form, "at") {
		return false
	}
	for k++; k < len(s.Words) && s.Words[k].UPOS == "DET"; k++ {
	}
	return partyOfKindAt(parties, s, k, briefing.KindOrganisation) >= 0
}

// commentators are people whose trade is to judge and forecast: working at
// a named body, they speak for it.
var commentators = text.SetOf("analyst", "economist", "expert", "strategist", "researcher", "academic")
