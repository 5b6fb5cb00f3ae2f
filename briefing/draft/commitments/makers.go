package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// nounMakers returns who made commitment noun i as its own phrase names
// them: the parties it is between or by ("a pact between Kenya and
// Uganda", "a pledge by Japan"), and the giver of a pledge or an offer
// ("an offer from Siemens", "proposals from the ministry") unless the
// noun is only asked for ("sought assurances from Washington").
func nounMakers(s *syntax.Sentence, i int, status string) []int {
	preps := []string{"between", "by"}
	if given(status) && !soughtOnly(s, i) {
		preps = append(preps, "from")
	}
	var out []int
	for _, k := range untimed(s, caseChildren(s, i, preps...)) {
		if u := s.Words[k].UPOS; u == "PROPN" || u == "NOUN" || u == "PRON" {
			out = append(out, k)
		}
	}
	return withConjuncts(s, out)
}

// given reports whether a commitment noun of the status is one that a
// party gives to another: a pledge, a promise, an offer, a proposal.
func given(status string) bool {
	return status == briefing.StatusPledged || status == briefing.StatusProposed
}

// soughtOnly reports whether noun i is the object of a verb that asks for it,
// waits for it or hopes for it: then nobody has given it yet.
func soughtOnly(s *syntax.Sentence, i int) bool {
	h := s.Words[i].Head
	return h >= 0 && (requestVerbs[s.Words[h].Lemma] || awaitVerbs[s.Words[h].Lemma])
}

// awaitVerbs look for a commitment not yet given.
var awaitVerbs = WordSet("seek await anticipate expect hope need demand want request")

// required reports whether participle p describes what must or may still
// be done to a commitment noun ("the settlement, which must still be
// approved by a judge"): a step to come, by no one who has acted.
func required(s *syntax.Sentence, p int) bool {
	m := modalOf(s, p)
	return m == "other" || mayModals[m]
}

// holderOf returns the subject of the clause that holds commitment noun i
// as its object or oblique ("the US terminated an agreement with the EU",
// "they had met the demands in a settlement reached with 46 states"), the
// other side of an agreement made with someone; nil when there is none
// or it is a pronoun of reference the clause leaves open.
func holderOf(s *syntax.Sentence, i int) []int {
	w := s.Words[i]
	if commitNouns[w.Lemma] != briefing.StatusAgreed || w.Head < 0 || !text.RelIs(w.Rel, "obj", "obl") ||
		s.Words[w.Head].UPOS != "VERB" {
		return nil
	}
	subj := firstChild(s, w.Head, "nsubj")
	if subj < 0 || relativePronouns[lower(s.Words[subj].Form)] {
		return nil
	}
	return withConjuncts(s, []int{subj})
}

// refusing reports whether verb h turns down or breaks what it governs
// ("the offer was rejected"): not an act of the commitment's owner.
func refusing(s *syntax.Sentence, h int) bool {
	return h >= 0 && supportVerbs[supportLemma(s, h)] == briefing.StatusRefused
}

// nestedObject reports whether commitment noun i is the object of the
// "to" + verb that completes another commitment ("its refusal to consider
// the charity's proposal", "vowed to block Iran's offer"): the thing that
// commitment is about, told again, not a commitment of its own.
func nestedObject(s *syntax.Sentence, i int) bool {
	w := s.Words[i]
	if w.Head < 0 || !text.RelIs(w.Rel, "obj") {
		return false
	}
	v := s.Words[w.Head]
	if v.Head < 0 || !toMarked(s, w.Head) || !text.RelIs(v.Rel, "acl", "xcomp") {
		return false
	}
	outer := s.Words[v.Head]
	_, verb := commitVerbs[lemmaOf(outer)]
	return verb || commitNouns[outer.Lemma] != ""
}
