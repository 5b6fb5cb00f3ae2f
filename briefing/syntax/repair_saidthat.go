package syntax

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
		if w.Rel != "acl:relcl" && w.Rel != "acl" || w.Head < 0 || !hasThatMark(words, v) || !hasSubject(words, v) {
			continue
		}
		if r := words[w.Head].Rel; r != "obl" && r != "nmod" || contentNouns[words[w.Head].Lemma] {
			continue // "said the claim that …", "pledged €95m on condition that …": a clause that says what the noun is
		}
		h := w.Head
		for steps := 0; h >= 0 && steps < len(words) && words[h].UPOS != "VERB"; steps++ {
			if r := words[h].Rel; r != "obl" && r != "nmod" {
				h = -1
				break
			}
			h = words[h].Head
		}
		if h < 0 || h > v || !sayingLemmas[words[h].Lemma] {
			continue
		}
		oldHead, oldRel := words[v].Head, words[v].Rel
		words[v].Head, words[v].Rel = h, "ccomp"
		if !isTree(words) {
			words[v].Head, words[v].Rel = oldHead, oldRel
		}
	}
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
