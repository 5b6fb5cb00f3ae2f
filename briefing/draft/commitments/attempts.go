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

// soughtTalks reports whether verb i is "seek" with "will" or "would"
// and a meeting for its object ("would seek urgent talks with the
// lenders", "will seek a meeting with ministers"): a step the party will
// take, not a wish.
func soughtTalks(s *syntax.Sentence, i int, modal string) bool {
	k := firstChild(s, i, "obj")
	return s.Words[i].Lemma == "seek" && (willModals[modal] || modal == "would") && k >= 0 && meetingNouns[s.Words[k].Lemma] && !negated(s, i)
}
