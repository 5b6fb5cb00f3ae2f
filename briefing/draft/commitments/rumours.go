package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// rumourNouns are the words for what is said of a party without its word:
// the clause after them is a claim, which no party commits to ("declined
// to comment on reports that it had agreed terms", "denied rumours that it
// will sell the unit").
var rumourNouns = WordSet("report rumour rumor speculation suggestion claim allegation")

// rumoured reports whether clause verb i is what a rumour noun right
// before its "that" says, however the parser hung the clause or tagged the
// noun ("denied reports that it had agreed", "reports" read as a verb;
// "speculation that", "that" read as a relative pronoun).
func rumoured(s *syntax.Sentence, i int) bool {
	for _, k := range s.Children(i) {
		if k == 0 || k > i || lower(s.Words[k].Form) != "that" {
			continue
		}
		prev := lower(s.Words[k-1].Form)
		if rumourNouns[prev] || rumourNouns[strings.TrimSuffix(prev, "s")] {
			return true
		}
	}
	return false
}
