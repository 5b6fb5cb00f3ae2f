package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// assuringVerbs give an assurance to those they are told to in the
// passive ("staff have been told", "residents were assured").
var assuringVerbs = WordSet("tell assure reassure promise guarantee")

// assuredTo reports whether clause verb i, after will or would, is what
// people were told or assured by someone the sentence leaves unnamed
// ("staff have been told no jobs will be lost", "tenants were assured
// that rents would be frozen"): an assurance given to them, the pledge of
// the party the story is about. What befalls no one counts, as an
// assurance; any other happening does not ("were told the weather would
// turn").
func assuredTo(s *syntax.Sentence, i int, modal string) bool {
	w := s.Words[i]
	if !willModals[modal] && modal != "would" || w.Head < 0 || !text.RelIs(w.Rel, "ccomp") {
		return false
	}
	h := w.Head
	if !assuringVerbs[s.Words[h].Lemma] || !passiveVerb(s, h) || len(agentOf(s, h)) > 0 || firstChild(s, h, "nsubj:pass") < 0 {
		return false
	}
	return deniedSubject(s, i) || action(s, i) && !befallVerbs[w.Lemma] && !nonActions[w.Lemma]
}
