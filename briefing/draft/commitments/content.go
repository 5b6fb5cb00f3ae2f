package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// relativeSubject reports whether an actor is a relative pronoun ("which",
// "that") of a clause the parser hung beside the noun it describes ("will
// send Congress a bill \"within 15 days\" that would set royalties"): the
// clause tells what that thing would do, its content, not what the sayer
// of the sentence announces.
func relativeSubject(s *syntax.Sentence, actors []int) bool {
	for _, h := range actors {
		if w := s.Words[h]; w.XPOS == "WDT" && thingPronouns[lower(w.Form)] {
			return true
		}
	}
	return false
}

// thingPronouns are the relative pronouns that may stand for a thing.
var thingPronouns = WordSet("which that")
