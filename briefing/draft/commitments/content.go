package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

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

// obliged reports whether verb i is what its subject has, needs or is
// made to do ("employers will have to offer a contract", "the firm needs
// to agree a new loan", "landlords would be required to offer leases"): a
// duty laid on it, by a law, a bill or its circumstances, not a commitment
// it makes. The terms of an agreement it is party to are read as
// obligations under them (see obligationClause).
func obliged(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Head < 0 || !text.RelIs(w.Rel, "xcomp") || !toMarked(s, i) {
		return false
	}
	h := s.Words[w.Head]
	switch {
	case h.UPOS != "VERB":
		return false
	case h.Lemma == "have" || h.Lemma == "need":
		return firstChild(s, w.Head, "obj") < 0
	}
	return obligingVerbs[h.Lemma] && passiveVerb(s, w.Head)
}

// eventSubject reports whether verb i tells what a meeting does ("talks
// between the two sides will resume next week", "the summit will open on
// Monday"): an event that takes place, not a commitment of those who
// meet. What a meeting agrees or decides ("a meeting of the two sides
// agreed to extend the deadline") is theirs, and talks denied ("talks
// would not resume unless …") are a refusal of the side that says so.
func eventSubject(s *syntax.Sentence, i int) bool {
	k := firstChild(s, i, "nsubj")
	_, committing := commitVerbs[phrasalLemma(s, i)]
	return k >= 0 && meetingNouns[s.Words[k].Lemma] && !committing && !negated(s, i)
}
