package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// undecided reports whether verb i heads a clause that commits its
// subject to nothing whatever its verb: an indirect question ("has not
// said how much it will pay"), a hope or a belief ("hoped both sides would
// settle"), the rejection of an argument rather than of an offer ("the
// judge rejected the ministry's argument"), a deliberation the sentence
// says has not been decided ("were considering sending troops but had
// made no decision", "would consider the request but gave no
// commitment"), or a wish that describes who holds it ("a party
// that wants to open new oil fields").
func undecided(s *syntax.Sentence, i int) bool {
	return asked(s, i) || believed(s, i) || disputes(s, i) || deliberating(s, i) || describedWish(s, i)
}

// deliberationVerbs weigh what may be done.
var deliberationVerbs = WordSet("consider weigh study mull explore contemplate examine review debate discuss")

// deliberating reports whether verb i weighs what may be done and the
// clause goes on to say that nothing has been decided: "no decision" made
// or taken, or "decide" denied ("but has not decided", "has yet to
// decide").
func deliberating(s *syntax.Sentence, i int) bool {
	if !deliberationVerbs[s.Words[i].Lemma] {
		return false
	}
	top := i // "said the ministry would consider it | but gave no commitment": the report's verb holds both
	if h := s.Words[i].Head; h >= 0 && text.RelIs(s.Words[i].Rel, "ccomp") && text.ReportVerbs[s.Words[h].Lemma] {
		top = h
	}
	for k := i + 1; k < len(s.Words); k++ {
		if s.Dominates(top, k) && noDecision(s, k) {
			return true
		}
	}
	return false
}

// noDecision reports whether word k denies that a decision was made: "no
// decision", a decision not made, "decide" denied or still to come, or
// "no commitment" given ("would consider the request but gave no
// commitment").
func noDecision(s *syntax.Sentence, k int) bool {
	if w := s.Words[k]; commitNouns[w.Lemma] == briefing.StatusPledged && hasChildLemma(s, k, WordSet("no"), "det") {
		return true
	}
	switch w := s.Words[k]; w.Lemma {
	case "decision":
		return hasChildLemma(s, k, WordSet("no"), "det") || w.Head >= 0 && negated(s, w.Head)
	case "decide":
		return negated(s, k) || w.Head >= 0 && s.Words[w.Head].Lemma == "yet" || hasChildLemma(s, k, WordSet("yet"), "advmod")
	}
	return false
}

// wishVerbs hold what they govern for wished, which in a relative clause
// describes the one who wishes it.
var wishVerbs = WordSet("want wish hope")

// describedWish reports whether verb i is a wish in a relative clause, or
// any commitment verb in the simple present of a relative clause on a
// noun with "a" or "an" that is the subject of a modal ("a party that
// wants to open new oil fields", "a firm that plans to cut jobs must
// consult its staff"): what kind of party it is, not what one decided. "a
// cooperative that plans to sue" tells one cooperative's plan.
func describedWish(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Head < 0 || w.Rel != "acl:relcl" || firstChild(s, i, "aux") >= 0 {
		return false
	}
	if wishVerbs[w.Lemma] {
		return true
	}
	n := s.Words[w.Head]
	return (w.XPOS == "VBZ" || w.XPOS == "VBP") && hasChildLemma(s, w.Head, WordSet("a an"), "det") && text.RelIs(n.Rel, "nsubj") &&
		n.Head >= 0 && modalOf(s, n.Head) != ""
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

// anyoneWho reports whether noun k names whoever does something: a bare
// plural or "anyone" with a relative clause ("public officials who sell
// their votes will be prosecuted"): a general warning, not a decision
// about anyone.
func anyoneWho(s *syntax.Sentence, k int) bool {
	if firstChild(s, k, "acl:relcl") < 0 {
		return false
	}
	w := s.Words[k]
	return w.XPOS == "NNS" && firstChild(s, k, "det", "nmod:poss", "nummod") < 0 || whoevers[lower(w.Form)]
}

// whoevers name anyone at all.
var whoevers = WordSet("anyone anybody everyone everybody those whoever")
