package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// foreseen reports whether verb i is what others foresee its subject
// doing: the complement of a passive "expected" or of a judgement of
// likelihood after "be" ("the striker is expected to sign on Monday",
// "Russia was likely to abstain", "the board is unlikely to agree"). An
// expectation held by others is a forecast, not the subject's commitment;
// the subject's own expectation, told in the active ("we expect to sign
// by June"), stays one.
func foreseen(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Head < 0 || !text.RelIs(w.Rel, "xcomp") {
		return false
	}
	h := w.Head
	return expectations[s.Words[h].Lemma] && passiveOrCopula(s, h)
}

// unrealVerb reports whether verb h tells an act that is not made, so
// that the commitment noun it makes is made by no one: a condition ("if
// the union rejects the offer"), what others foresee or believe ("observers
// believe Ostrava will sign the treaty"), what would have been done, or a
// duty. A noun with an owner that such a verb only mentions ("argued that
// the deal was voided by Fiat's decision to sell") was made all the same.
func unrealVerb(s *syntax.Sentence, h int) bool {
	return hypothetical(s, h) || foreseen(s, h) || counterfactual(s, h) || believed(s, h) || obliged(s, h)
}

// expectations are the heads of a forecast others make about a subject
// ("is expected to", "is likely to", "is certain to").
var expectations = WordSet("expect expected likely unlikely certain sure")

// counterfactual reports whether verb i tells what would, could or might
// have been done ("would have signed the deal", "could have agreed to the
// cuts"), is the past perfect "if" clause such an act hangs on ("if
// the bank had raised its offer"), or describes someone indefinite such
// an act is about ("would not have hired a firm that planned to cut
// staff"): an act that did not happen, or no one in particular.
func counterfactual(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if n := w.Head; n >= 0 && w.Rel == "acl:relcl" && hasChildLemma(s, n, indefinites, "det") {
		v := s.Words[n].Head
		for v >= 0 && s.Words[v].UPOS != "VERB" && s.Words[v].UPOS != "AUX" {
			v = s.Words[v].Head // "awarded the contract | to a bidder": the verb the noun phrase hangs on
		}
		return v >= 0 && counterfactual(s, v) // "would not have awarded the contract to a bidder that planned to cut staff"
	}
	if w.XPOS != "VBN" || !hasChildLemma(s, i, WordSet("have"), "aux") {
		return false
	}
	if m := modalOf(s, i); m == "would" || mayModals[m] || m == "other" {
		return true
	}
	return w.Head >= 0 && text.RelIs(w.Rel, "advcl") && hasChildLemma(s, i, WordSet("if"), "mark") && counterfactual(s, w.Head)
}

// indefinites make a noun phrase no one in particular.
var indefinites = WordSet("a an any")

// nounBetween reports whether a noun or a pronoun that hangs on verb i
// stands between it and its complement k ("expects waiting times to
// grow"): the complement's own subject, so that what it does is another's.
func nounBetween(s *syntax.Sentence, i, k int) bool {
	for m := i + 1; m < k; m++ {
		if w := s.Words[m]; w.Head == i && (w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "PRON") {
			return true
		}
	}
	return false
}
