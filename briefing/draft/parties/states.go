package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// States named like bodies: a name the gazetteer does not know is a
// country when the text gives it a government ("the government of
// Norvania", "Norvania's parliament", "the Norvanian cabinet" aside): it
// owns, or is named after "of" by, a word for a state's institutions.

// markStates marks as countries the groups with no known entity and no
// organisation word or sign of a person or place, and no name of several
// words ("the government of Fulgencio Batista" is a person's), whose
// mention owns a state's institution.
func (mg *merger) markStates() {
	bodyWords := mg.groupsWithOrgWords()
	longer := map[int]bool{} // groups with a name of several words
	for i, m := range mg.ms {
		longer[mg.owner[i]] = longer[mg.owner[i]] || strings.Contains(m.name, " ")
	}
	for i, m := range mg.ms {
		g := mg.groups[mg.owner[i]]
		if m.entity >= 0 || g.entity >= 0 || g.body || g.person || g.place || bodyWords[mg.owner[i]] || longer[mg.owner[i]] {
			continue
		}
		if s, first, last, ok := mentionWords(mg.d, m.span); ok && governs(s, nameHead(s, first, last)) {
			g.state = true
		}
	}
}

// governs reports whether the name at word h owns a state's institution
// ("Norvania's parliament") or follows one with "of" ("the government of
// Norvania").
func governs(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if w.Head < 0 || !stateInstitutions[strings.ToLower(s.Words[w.Head].Lemma)] {
		return false
	}
	switch w.Rel {
	case "nmod:poss":
		return true
	case "nmod":
		return markedBy(s, h, ofCase)
	}
	return false
}

// stateInstitutions are the words for what a state has and a body has
// not.
var stateInstitutions = text.SetOf("government", "parliament", "cabinet", "army", "military", "embassy",
	"ambassador", "constitution")
