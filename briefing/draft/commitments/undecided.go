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
	return asked(s, i) || indirectQuestion(s, i) || believed(s, i) || disputes(s, i) || deliberating(s, i) || describedWish(s, i) || openDecision(s, i)
}

// openDecision reports whether verb i decides or considers without saying
// what ("would decide \"in light of our national interests\"", "is
// expected to consider the request", "will decide on the merger"): a
// decision still to be taken, with no content to commit to. "Will decide
// whether to start talks", "decided that the troops would leave" and "is
// considering raising prices" say what is weighed; a decision set for a
// day ("would consider the case at its meeting on 24 June") is planned.
func openDecision(s *syntax.Sentence, i int) bool {
	if l := s.Words[i].Lemma; l != "decide" && l != "consider" || scheduledAct(s, i, modalOf(s, i)) {
		return false // "would decide early next year": a decision set for a day is a plan
	}
	if s.Words[i].Lemma == "consider" && negated(s, i) {
		return false // "will not consider an increase": a refusal to weigh it at all
	}
	if s.Words[i].Lemma == "decide" && openQuestion(s, i) {
		return true // "will decide whether producers can be held responsible": a question to rule on, not an act of its own
	}
	if n := i + 1; n < len(s.Words) && (s.Words[n].XPOS == "VBG" || contentOpeners[lower(s.Words[n].Form)]) {
		return false // "is considering raising prices", "will decide whether to": the parser may hang it anywhere
	}
	for _, k := range s.Children(i) {
		switch w := s.Words[k]; {
		case text.RelIs(w.Rel, "xcomp", "ccomp", "csubj"):
			return false
		case text.RelIs(w.Rel, "advcl", "dep", "parataxis") && toMarked(s, k):
			return false
		case text.RelIs(w.Rel, "obj", "advcl") && w.XPOS == "VBG":
			return false // "considering raising fuel prices"
		}
	}
	h := s.Words[i].Head
	return h < 0 || !readiness[lower(s.Words[h].Form)] // "said it was ready to consider the offer": a stance of its own
}

// openQuestion reports whether verb i takes a clause opened by "whether"
// or "if" that has a subject of its own: a question still open ("decide
// whether the plant stays open"), unlike "decide whether to start talks".
func openQuestion(s *syntax.Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "ccomp") {
		if hasChildLemma(s, k, questionMarks, "mark") && firstChild(s, k, "nsubj", "nsubj:pass") >= 0 {
			return true
		}
	}
	return false
}

// questionMarks open an indirect yes-or-no question.
var questionMarks = WordSet("whether if")

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
	return f < i && questionWords[lower(s.Words[f].Form)] && !(f > 0 && failingOpens(s, f-1)) // not "failing which": a sanction
}

// questionWords open an indirect question.
var questionWords = WordSet("how what which whether who whom why")

// contentOpeners open what a decision is about.
var contentOpeners = WordSet("to whether that how if which what when where who")

// believed reports whether verb i is what someone hopes, fears, expects,
// believes, argues, is sure of or finds will happen ("hoped both sides would
// settle", "vetoed the law, arguing that it would drive away investment", "was satisfied that extradition would not breach his rights",
// "the tribunal found that the club would not pay"): a wish, a forecast
// or a finding, not a decision.
func believed(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Head >= 0 && text.RelIs(w.Rel, "xcomp") && hopeVerbs[s.Words[w.Head].Lemma] {
		return true // "hoped to sign the first sub-licences": a hope, not a decision
	}
	if w.Head < 0 || !text.RelIs(w.Rel, "ccomp") {
		return false
	}
	if f, _ := s.Subtree(i); f > 0 && lower(s.Words[f].Form) == "that" && beliefWord(s.Words[f-1]) {
		return true // "said she was satisfied | that …": the parser hung the clause on the verb of saying
	}
	return beliefWord(s.Words[w.Head])
}

// beliefWord reports whether a word holds what it governs for believed.
func beliefWord(w syntax.Word) bool {
	return beliefVerbs[w.Lemma] || beliefVerbs[lower(w.Form)]
}

// beliefVerbs hold what they govern for likely, wished or found, not
// decided; the adjectives say how sure their subject is of it.
var beliefVerbs = WordSet("hope wish fear predict doubt expect believe think suspect find conclude rule judge assume argue reckon " +
	"satisfied confident convinced sure certain optimistic hopeful pessimistic")

// hopeVerbs hope for what their infinitive says ("hopes to sign").
var hopeVerbs = WordSet("hope wish")

// disputes reports whether verb i rejects, dismisses or opposes an
// argument, a claim or a charge, or is a court's ruling on a case: a
// judgement, not the refusal of an offer. A court that refuses to act or
// turns down what is asked of it refuses, as any body does ("the court
// refused to hear the case", "the judge rejected a request for bail").
func disputes(s *syntax.Sentence, i int) bool {
	if commitVerbs[s.Words[i].Lemma].status != "refused" {
		return false
	}
	k := firstChild(s, i, "obj")
	if j := firstChild(s, i, "nsubj"); j >= 0 && courts[lower(s.Words[j].Lemma)] {
		return !courtRefusal(s, i, k) // "the judge rejected the appeal"
	}
	return k >= 0 && claimNouns[s.Words[k].Lemma]
}

// courtRefusal reports whether a court's refusing verb i, with object k
// or none, refuses an act or a request rather than rules on a case:
// "refused to", "declined to", a bare "refused", or the rejection of a
// request, an application or an offer.
func courtRefusal(s *syntax.Sentence, i, k int) bool {
	switch s.Words[i].Lemma {
	case "refuse", "decline":
		return k < 0 || !claimNouns[s.Words[k].Lemma] && !rulings[s.Words[k].Lemma]
	}
	return k >= 0 && askedOf[s.Words[k].Lemma]
}

// rulings are what a court decides on: to turn one down is to rule.
var rulings = WordSet("appeal case challenge complaint petition lawsuit suit claim motion objection defence defense")

// askedOf are what is asked of a body: to turn one down is to refuse it.
var askedOf = WordSet("request application bid offer proposal demand plea")

// claimNouns are what one rejects by disagreeing with it.
var claimNouns = WordSet("argument claim allegation accusation charge criticism suggestion report idea view notion " +
	"assertion finding conclusion interpretation characterisation characterization premise speculation rumour rumor " +
	"theory story comparison perception impression")

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

// indirectQuestion reports whether verb i stands in a question asked
// after a verb of asking or knowing, opened by a question word between
// them, however the parser hung it ("wants to know which executives
// signed off", "asked the firm whether it would sign").
func indirectQuestion(s *syntax.Sentence, i int) bool {
	for a, steps := s.Words[i].Head, 0; a >= 0 && steps < 3; a, steps = s.Words[a].Head, steps+1 {
		if !askingVerbs[lemmaOf(s.Words[a])] || a > i {
			continue
		}
		for k := a + 1; k < i; k++ {
			if questionWords[lower(s.Words[k].Form)] {
				return true
			}
		}
	}
	return false
}

// askingVerbs ask or seek to know.
var askingVerbs = WordSet("ask know wonder question investigate establish determine learn inquire enquire")
