package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// speakerMoves are what a speaker says they want to do in the talk itself
// ("I want to announce three decisions", "we want to thank the nurses"):
// the speaking, not an act the speaker commits to.
var speakerMoves = WordSet("announce thank stress emphasise emphasize add remind reassure welcome update acknowledge " +
	"express highlight underline repeat reiterate apologise apologize begin start finish conclude close " +
	"clarify explain mention note say tell")

// learningVerbs are what one wants or expects to come to know, see or
// hear ("She wanted to know when her taps would work again", "we expect
// to see prices fall"): a wish to learn, no act.
var learningVerbs = WordSet("know learn understand see hear find discover")

// speakerMove reports whether verb i, "want", with its infinitive xcomp,
// is a speaker's "I" or "we" wanting to make a move in the talk ("I want
// to announce …", "I also want to be clear"): a way of speaking, no
// commitment.
func speakerMove(s *syntax.Sentence, i, xcomp int) bool {
	k := firstChild(s, i, "nsubj")
	if k < 0 || !firstPersonActor(s, []int{k}) {
		return false
	}
	return speakerMoves[s.Words[xcomp].Lemma] || len(s.ChildrenWith(xcomp, "cop")) > 0
}
