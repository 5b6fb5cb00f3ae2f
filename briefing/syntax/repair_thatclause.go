package syntax

import (
	"slices"
	"strings"
)

// repairThatClause mends a clause of what was agreed or said that the
// parser read as a relative clause on the noun before it, with "that" as
// the determiner of its subject ("We have agreed with the union that
// formal consultation will start on Monday" → "that formal consultation"
// hung on "union"). A relative clause needs a relative word; one whose
// subject opens with the determiner "that" and that hangs on a noun of a
// verb before it is that verb's complement clause, and "that" its
// subordinator. Words before "that" the clause had taken stay with the
// noun. A result that is not a tree is undone.
func repairThatClause(words []Word) {
	for t, w := range words {
		if !strings.EqualFold(w.Form, "that") || w.XPOS != "DT" || w.Rel != "det" || w.Head <= t {
			continue
		}
		n := w.Head
		v := words[n].Head
		if v < 0 || !strings.HasPrefix(words[n].Rel, "nsubj") || words[v].Rel != "acl:relcl" || words[v].UPOS != "VERB" {
			continue
		}
		h := words[v].Head
		u := words[h].Head
		if h < 0 || h >= t || u < 0 || words[u].UPOS != "VERB" || u > h {
			continue
		}
		saved := slices.Clone(words)
		for k := range words {
			if words[k].Head == v && k < t {
				words[k].Head, words[k].Rel = h, "nmod" // a part of the name before "that"
			}
		}
		words[v].Head, words[v].Rel = u, "ccomp"
		words[t].Head, words[t].Rel, words[t].UPOS, words[t].XPOS = v, "mark", "SCONJ", "IN"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// repairMarkedRelative mends a clause of what was promised or told that
// the parser hung as a relative clause on the verb's object, with "that"
// its subordinator ("has promised supporters that the club's youth
// academy will not close"): a clause with a subject of its own that
// "that" marks is no relative clause but the complement of the verb whose
// object the noun is, or the one it is told to ("pledged to the authority
// that we will pause dredging", "that" read as the object), when that
// verb tells or promises someone something.
// A result that is not a tree is undone.
func repairMarkedRelative(words []Word) {
	for t, w := range words {
		asObject := w.Rel == "obj" && w.XPOS == "WDT" // "pledged to the authority that we will pause dredging": "that" read as the object
		if !strings.EqualFold(w.Form, "that") || w.Rel != "mark" && !asObject || w.Head <= t {
			continue
		}
		v := w.Head
		n := words[v].Head
		if words[v].Rel != "acl:relcl" || n < 0 || n >= t || !hasSubject(words, v) {
			continue
		}
		if asObject && !slices.ContainsFunc(words, func(x Word) bool {
			return x.Head == v && (x.Rel == "xcomp" || x.Rel == "ccomp" || x.Rel == "obj" && x.XPOS != "WDT")
		}) {
			continue // "promised voters the deal that we signed": "that" is the object the clause lacks
		}
		if words[n].Rel != "obj" && words[n].Rel != "iobj" && (words[n].Rel != "obl" || !childOf(words, n, "case", "to", false)) {
			continue
		}
		u := words[n].Head
		if u < 0 || u > n || words[u].UPOS != "VERB" || !tellingVerbs[strings.ToLower(words[u].Lemma)] {
			continue // "weapons that other countries do not have": a relative clause indeed
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = u, "ccomp"
		if asObject {
			words[t].Rel, words[t].UPOS, words[t].XPOS = "mark", "SCONJ", "IN"
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// tellingVerbs take the one told as their object and what they are told
// as a clause after it ("promised supporters that …", "told staff that …").
var tellingVerbs = map[string]bool{"promise": true, "tell": true, "assure": true, "reassure": true, "warn": true, "inform": true,
	"remind": true, "notify": true, "advise": true, "convince": true, "persuade": true, "guarantee": true, "pledge": true}
