package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// operationVerbs say, used without an object, that a place or a service
// opens, closes or moves: what its operator decides for it.
var operationVerbs = WordSet("open reopen close shut resume relocate move")

// operatedNouns name what a body runs and so decides to open, close or
// move: sites, offices, services and schemes.
var operatedNouns = WordSet("plant factory mill mine site office branch store shop outlet depot warehouse " +
	"hospital clinic ward school college library museum station terminal port airport embassy consulate " +
	"centre center facility department service route line scheme programme program production stadium arena pool " +
	"operations headquarters")

// closingMeasure reports whether verb i, after will or would (in a
// report) or "be to", tells that something its operator runs opens,
// closes or moves ("the plant will close in March", "the ministry said
// the scheme would open to applicants in May", "production is to move
// to Toulouse"): the announced decision of whoever runs it, the active
// twin of "the plant will be closed". A named or counted subject ("Ford's
// plant", "some branches") or one the sentence gives an object to is no
// such measure.
func closingMeasure(s *syntax.Sentence, i int, modal string) bool {
	w := s.Words[i]
	if !operationVerbs[w.Lemma] || passiveVerb(s, i) || firstChild(s, i, "xcomp", "ccomp") >= 0 || aspectAux(s, i) {
		return false
	}
	if o := firstChild(s, i, "obj"); o >= 0 && !timeWord(s.Words[o]) {
		return false // "the firm will close the plant"; not "the libraries will close June 30", a date the parser took for an object
	}
	if w.Lemma == "move" || w.Lemma == "relocate" {
		if !hasCase(s, i, "to") {
			return false // "production will move to Toulouse", not "prices will move"
		}
	}
	subj := firstChild(s, i, "nsubj")
	if subj < 0 || s.Words[subj].UPOS != "NOUN" || !operatedNouns[s.Words[subj].Lemma] ||
		hasChildLemma(s, subj, quantifiers, "det") || namedOwner(s, subj) {
		return false
	}
	return willModals[modal] || modal == "would" && attributionVerb(s, i) >= 0 || modal == "" && beTo(s, i)
}

// namedOwner reports whether noun k has a possessor that names someone
// ("Ford's plant", "the bank's branches"), rather than a pronoun.
func namedOwner(s *syntax.Sentence, k int) bool {
	for _, o := range s.ChildrenWith(k, "nmod:poss") {
		if s.Words[o].UPOS != "PRON" {
			return true
		}
	}
	return false
}

// operatedMeasure reports whether verb i is a closing measure or a
// measure kept in force (see keptInForce) whose subject cannot act for
// itself: "the library would reopen", said of a library the text names as
// a party, is that party's own plan.
func operatedMeasure(s *syntax.Sentence, i int, modal string, named func(a, b int) bool) bool {
	return (closingMeasure(s, i, modal) || keptInForce(s, i, modal)) && !agentive(s, []int{firstChild(s, i, "nsubj")}, named)
}
