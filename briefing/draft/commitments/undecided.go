package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// undecided reports whether verb i heads a clause that commits its
// subject to nothing whatever its verb: an indirect question ("has not
// said how much it will pay"), a hope or a belief ("hoped both sides would
// settle"), or the rejection of an argument rather than of an offer ("the
// judge rejected the ministry's argument").
func undecided(s *syntax.Sentence, i int) bool {
	return asked(s, i) || believed(s, i) || disputes(s, i)
}

// asked reports whether verb i heads a clause opened by a question word,
// the complement of another verb: what is still open.
func asked(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Head < 0 || !text.RelIs(w.Rel, "ccomp", "xcomp", "advcl", "csubj") {
		return false
	}
	f, _ := s.Subtree(i)
	return f < i && questionWords[lower(s.Words[f].Form)]
}

// questionWords open an indirect question.
var questionWords = WordSet("how what which whether who whom why")

// believed reports whether verb i is what someone hopes, fears, expects
// or believes will happen ("hoped both sides would settle"): a wish or a
// forecast, not a decision.
func believed(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	return w.Head >= 0 && text.RelIs(w.Rel, "ccomp") && beliefVerbs[s.Words[w.Head].Lemma]
}

// beliefVerbs hold what they govern for likely or wished, not decided.
var beliefVerbs = WordSet("hope wish fear predict doubt expect believe think suspect")

// disputes reports whether verb i rejects, dismisses or opposes an
// argument, a claim or a charge, or is a court's ruling: a judgement, not
// the refusal of an offer.
func disputes(s *syntax.Sentence, i int) bool {
	if commitVerbs[s.Words[i].Lemma].status != "refused" {
		return false
	}
	if k := firstChild(s, i, "nsubj"); k >= 0 && courts[s.Words[k].Lemma] {
		return true // "the judge rejected the appeal"
	}
	k := firstChild(s, i, "obj")
	return k >= 0 && claimNouns[s.Words[k].Lemma]
}

// claimNouns are what one rejects by disagreeing with it.
var claimNouns = WordSet("argument claim allegation accusation charge criticism suggestion report idea view notion " +
	"assertion finding conclusion interpretation characterisation characterization premise")

// generic reports whether verb i heads a relative clause in the simple
// present on a bare plural ("to bar banks that sign such agreements"):
// whoever might do it, no one who did.
func generic(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Head < 0 || w.Rel != "acl:relcl" {
		return false
	}
	n := s.Words[w.Head]
	return w.XPOS == "VBP" && firstChild(s, i, "aux") < 0 && n.XPOS == "NNS" && firstChild(s, w.Head, "det", "nmod:poss", "nummod") < 0 && !hasChildLemma(s, w.Head, WordSet("the"), "det")
}
