package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// attemptTold reports whether verb i is "seek" told as done, in the simple
// past or a perfect ("sought to halt the auction", "has sought to extend
// the state's role"): an attempt made, an event, where "is seeking to"
// and "would seek to" still put forward what they seek.
func attemptTold(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	return w.Lemma == "seek" && (w.XPOS == "VBD" || w.XPOS == "VBN") && modalOf(s, i) == "" && !passiveVerb(s, i) &&
		(pastClause(s, i) || presentPerfect(s, i))
}
