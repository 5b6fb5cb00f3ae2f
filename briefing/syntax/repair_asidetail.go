package syntax

import "slices"

// repairAsideTail mends a phrase that closes a relative clause set off by
// commas after a sentence's opening subject, which the parser took for
// the start of what follows the closing comma ("Her Alliance, which has
// run the council since May 2024, went into that election …" with
// "since" marking "went" and "May" hung on the comma): its preposition
// and the nouns after it, up to the comma, are a phrase of the relative
// clause's verb, so that the clause is one aside before the main verb. It
// changes nothing unless every word from the preposition to the comma can
// stand in a noun phrase and the preposition is hung after the comma; a
// result that is not a tree is undone.
func repairAsideTail(words []Word) {
	c1, c2, _ := asideCommas(words)
	if c1 < 0 || c1+1 >= len(words) || !isRelative(words[c1+1]) || words[c2].Form != "," {
		return
	}
	v := words[c1+1].Head
	if v <= c1 || v >= c2 || words[v].UPOS != "VERB" {
		return
	}
	p := c2 - 1
	for p > v && nominalWord(words[p]) {
		p--
	}
	if p <= v || p+1 >= c2 || words[p].UPOS != "ADP" && words[p].UPOS != "SCONJ" || words[p].Head <= c2 {
		return
	}
	n := p + 1
	for n+1 < c2 && words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" && words[n].UPOS != "NUM" {
		n++
	}
	saved := slices.Clone(words)
	for k := p + 1; k < c2; k++ {
		if hd := words[k].Head; k != n && (hd < p || hd >= c2) {
			words[k].Head = n
		}
	}
	words[p].Head, words[p].Rel, words[p].UPOS = n, "case", "ADP"
	words[n].Head, words[n].Rel = v, "obl"
	if !isTree(words) {
		copy(words, saved)
	}
}
