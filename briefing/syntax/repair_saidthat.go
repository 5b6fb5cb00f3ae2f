package syntax

import (
	"slices"
	"strings"
)

// sayingLemmas are verbs of saying whose "that" clause may come after a
// phrase of place or occasion ("said after a summit in Abuja that …").
var sayingLemmas = map[string]bool{"say": true, "tell": true, "announce": true, "state": true, "add": true,
	"warn": true, "confirm": true, "insist": true, "declare": true, "report": true, "write": true, "promise": true,
	"pledge": true, "agree": true, "decide": true, "argue": true, "claim": true, "acknowledge": true, "admit": true}

// contentNouns take a "that" clause that says what they are ("on
// condition that", "on the understanding that").
var contentNouns = map[string]bool{"condition": true, "understanding": true, "basis": true, "ground": true, "grounds": true,
	"assumption": true, "premise": true, "proviso": true, "assurance": true, "expectation": true, "hope": true, "fact": true,
	"promise": true, "pledge": true, "claim": true, "view": true, "belief": true, "news": true, "report": true, "warning": true}

// repairSaidThat mends a clause opened by the conjunction "that" which
// the parser took for a relative clause on the noun of a phrase between
// a verb of saying and the clause: in "ECOWAS said after an extraordinary
// summit in Abuja that the suspension would remain in force" the clause is
// what ECOWAS said, not a description of Abuja or the summit. A relative
// clause has no "that" as its conjunction (its "that" is a pronoun with a
// place in the clause), so a clause with both a conjunction "that" and a
// subject of its own, on a noun that hangs by its phrases on a verb of
// saying, is that verb's complement; so is a clause the parser hung on
// such a noun as its content ("told reporters at a briefing in Lisbon
// that the ban would stay"), but not one on the verb's object ("said the
// claim that the ban would stay was false"). A result that is not a tree is
// undone.
func repairSaidThat(words []Word) {
	for v, w := range words {
		if w.Rel != "acl:relcl" && w.Rel != "acl" || w.Head < 0 {
			continue
		}
		that := timedThat(words, v)
		if that < 0 && (!hasThatMark(words, v) || !hasSubject(words, v)) {
			continue
		}
		if r := words[w.Head].Rel; r != "obl" && r != "nmod" && that < 0 || contentNouns[words[w.Head].Lemma] {
			continue // "said the claim that …", "pledged €95m on condition that …": a clause that says what the noun is
		}
		h := w.Head
		for steps := 0; h >= 0 && steps < len(words) && words[h].UPOS != "VERB"; steps++ {
			if r := words[h].Rel; r != "obl" && r != "nmod" && r != "obl:unmarked" && r != "obl:tmod" {
				h = -1
				break
			}
			h = words[h].Head
		}
		if h < 0 || h > v || !sayingLemmas[words[h].Lemma] {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = h, "ccomp"
		if that >= 0 {
			words[that].UPOS, words[that].XPOS, words[that].Rel = "SCONJ", "IN", "mark"
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// timedThat returns the "that" the parser took for the pronoun of a
// relative clause v on a bare phrase of time ("told The Daily Post last
// night that both camps have agreed"): the clause's first word, its object
// or oblique, while the clause has a subject of its own. A bare time
// phrase takes no relative clause with a pronoun "that" in its object's
// place, so the "that" opens what was said. It returns -1 when there is
// none.
func timedThat(words []Word, v int) int {
	h := words[v].Head
	if r := words[h].Rel; r != "obl:unmarked" && r != "obl:tmod" || h > v {
		return -1
	}
	for k := h + 1; k < v; k++ {
		if words[k].Head == v {
			if strings.EqualFold(words[k].Form, "that") && (words[k].Rel == "obj" || words[k].Rel == "obl") && hasSubjectOtherThan(words, v, k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// hasThatMark reports whether word v has "that" as its conjunction.
func hasThatMark(words []Word, v int) bool {
	for _, w := range words {
		if w.Head == v && w.Rel == "mark" && (w.Form == "that" || w.Form == "That") {
			return true
		}
	}
	return false
}
