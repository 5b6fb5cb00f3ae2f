package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// speaksForOffice reports whether a sayer whose role is role, one who
// speaks for a body or chairs it ("ministry spokesman", "chair"), tells
// what an office or a body named by a definite common noun will do ("the
// minister would meet the leaders on Thursday", "the council would
// enforce the conditions"): the office they serve, its act announced, not
// a claim about another. A role tied to a named body ("chair of the
// action group") speaks for that body only.
func speaksForOffice(role string, s *syntax.Sentence, actors []int) bool {
	role = strings.ToLower(strings.TrimSpace(role))
	if role == "" || strings.Contains(role, " of ") || strings.Contains(role, " for ") || len(actors) == 0 {
		return false
	}
	head := role[strings.LastIndexByte(role, ' ')+1:]
	if !spokesNouns[head] && head != "chair" {
		return false
	}
	for _, h := range actors {
		w := s.Words[h]
		if w.UPOS != "NOUN" || !officeBodies[w.Lemma] && !offices[w.Lemma] || !hasChildLemma(s, h, WordSet("the"), "det") {
			return false
		}
	}
	return true
}

// officeBodies are the bodies a spokesperson or a chair serves.
var officeBodies = WordSet("ministry government department council board committee cabinet administration agency " +
	"authority commission office")
