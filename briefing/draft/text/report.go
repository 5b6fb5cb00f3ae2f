package text

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// ReportVerbs introduce reported speech ("said it would sign").
var ReportVerbs = SetOf(strings.Fields("say tell announce confirm add state declare insist indicate signal explain warn reveal " +
	"report write vow pledge promise believe think argue claim stress reply")...)

// Reported reports whether verb i, or the clause it belongs to, is the
// complement of a verb of saying ("said it would sign").
func Reported(s *syntax.Sentence, i int) bool {
	for k, steps := i, 0; k >= 0 && steps < 3; k, steps = s.Words[k].Head, steps+1 {
		w := s.Words[k]
		if w.Head >= 0 && RelIs(w.Rel, "ccomp", "parataxis") && ReportVerbs[s.Words[w.Head].Lemma] {
			return true
		}
		if k != i && ReportVerbs[w.Lemma] {
			return true
		}
	}
	return false
}
