package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// statedView reports whether clause k, the "that" clause of "agree", says
// what is or was rather than what is to be done: "agreed that the figures
// were stronger than expected" shares a view, where "agreed that troops
// would withdraw", "agreed that the talks are to resume" and "agreed that
// he be released" settle an act to come.
func statedView(s *syntax.Sentence, k int) bool {
	if k < 0 || beTo(s, k) {
		return false
	}
	aux := s.ChildrenWith(k, "aux", "aux:pass")
	for _, a := range aux {
		if s.Words[a].XPOS == "MD" {
			return false
		}
	}
	subjunctive := s.Words[k].XPOS == "VB" && len(aux) == 0 && firstChild(s, k, "mark") >= 0
	return !subjunctive
}
