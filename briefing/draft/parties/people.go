package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// People named like bodies: a name that nothing marks as a person
// ("Suharto", "Win Htein") is drafted as an organisation, the most common
// kind of an unknown name. The parse often shows a person: an office or an
// honorific written right before the name ("Indonesian president Suharto",
// "Dr Vancheshwar", "her assistant Win Htein"), or a relative clause
// opened by "who" ("Woods, who turned professional"), or a leader's name
// qualifying his government ("the Clinton administration").

// markPeople marks the groups with no strong evidence of a body (an
// organisation word in any of their names, a known entity) whose mention
// the parse shows to be a person.
func (mg *merger) markPeople() {
	bodyWords := mg.groupsWithOrgWords()
	for i, m := range mg.ms {
		g := mg.groups[mg.owner[i]]
		if m.nick && g.entity < 0 {
			g.person = true // a nickname is only ever a person's
			continue
		}
		if m.entity >= 0 || g.entity >= 0 || g.body || g.votes[briefing.KindOrganisation] >= 3 || bodyWords[mg.owner[i]] {
			continue
		}
		if s, first, last, ok := mentionWords(mg.d, m.span); ok && mg.namesPerson(s, first, last) {
			g.person = true
		}
	}
}

// namesPerson reports whether the name at words first..last of s is a
// person's: an honorific or an office right before it, an office it
// stands in apposition to ("its prime minister, Tran Quoc Hung"), or a
// relative clause on it opened by "who", or it qualifies a noun for what
// serves a leader ("the Clinton administration"). An office is a word of office or a title
// ("president", "spokesman"), not any noun ("champions Bath").
func (mg *merger) namesPerson(s *syntax.Sentence, first, last int) bool {
	if first > 0 && (honorifics[strings.TrimSuffix(s.Words[first-1].Form, ".")] ||
		officeNoun(mg.g, s.Words[first-1]) && roleBefore(mg.g, s, first, last) != "") {
		return true
	}
	h := nameHead(s, first, last)
	if w := s.Words[h]; w.Rel == "appos" && w.Head >= 0 && w.Head < first && titleWord(mg.g, strings.ToLower(s.Words[w.Head].Form)) && !titledName(s, w.Head) {
		return true // "its prime minister, Tran Quoc Hung"
	}
	if w := s.Words[h]; w.Rel == "compound" && w.Head > h && leaderNouns[strings.ToLower(s.Words[w.Head].Lemma)] &&
		(first < last || !strings.EqualFold(s.Words[w.Head].Lemma, "government")) {
		return true // "the Clinton administration"; "the Veloria government" may be a state's (see markStates)
	}
	for _, c := range s.ChildrenWith(h, "acl:relcl") {
		for _, k := range s.ChildrenWith(c, "nsubj") {
			if strings.EqualFold(s.Words[k].Form, "who") {
				return true
			}
		}
	}
	return false
}

// groupsWithOrgWords returns the groups with a mention whose name holds
// an organisation word.
func (mg *merger) groupsWithOrgWords() map[int]bool {
	out := map[int]bool{}
	for i, m := range mg.ms {
		out[mg.owner[i]] = out[mg.owner[i]] || mg.holdsOrgWord(m)
	}
	return out
}

// leaderNouns are what a leader's name qualifies: the government or team
// that serves him ("the Clinton administration", "Putin aides").
var leaderNouns = text.SetOf("administration", "presidency", "premiership", "government", "era", "camp", "aide",
	"cabinet", "campaign")

// holdsOrgWord reports whether a word of the mention's name is an
// organisation word ("Group", "Bank"): such a name is a body's.
func (mg *merger) holdsOrgWord(m mention) bool {
	for _, w := range strings.Fields(m.name) {
		if mg.g.OrgWords[w] {
			return true
		}
	}
	return false
}
