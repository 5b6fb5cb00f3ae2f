package syntax

import "slices"

// repairSaidObjectSubject mends a reported clause whose subject the parser
// took for the object of the verb of saying: in "saying the increase would
// not keep up with prices" the parse makes "the increase" what was said
// and leaves "keep" with no subject. When a verb of saying has an object
// and, right after the object's phrase, a clausal complement that opens
// with an auxiliary and has no subject of its own, the object is that
// clause's subject, and the clause the verb's complement. So is a relative
// "which" taken for the object of a verb of saying inside its clause,
// when the complement opens right after that verb ("a new product, which
// he says will save commuters money"). A result that is not a tree is undone.
func repairSaidObjectSubject(words []Word) {
	s := &Sentence{Words: words}
	for o, w := range words {
		relative := w.XPOS == "WDT" && w.Head > o // "a product, which he says will save commuters money"
		if w.Rel != "obj" || w.Head < 0 || !sayingLemmas[words[w.Head].Lemma] || w.UPOS != "NOUN" && w.UPOS != "PROPN" && !relative {
			continue
		}
		v := w.Head
		_, last := s.Subtree(o)
		if relative {
			last = v // the clause comes after the verb of saying
		}
		saved := slices.Clone(words)
		c := complementAfter(words, v, last+1)
		if c < 0 {
			c = raiseSaying(words, v, last+1)
		}
		if c < 0 || hasSubject(words, c) {
			copy(words, saved)
			continue
		}
		words[o].Head, words[o].Rel = c, "nsubj"
		words[c].Rel = "ccomp"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// complementAfter returns the clausal complement of verb v whose first
// word, at index at, is an auxiliary hung on it ("would", "will"), or -1;
// a clause the parser set beside v as parataxis or as an adverbial clause
// with no marker counts ("I promise every single one of my team will get
// what they're owed").
func complementAfter(words []Word, v, at int) int {
	if at >= len(words) || words[at].Rel != "aux" {
		return -1
	}
	c := words[at].Head
	if c < 0 || words[c].Head != v || words[c].Rel != "ccomp" && words[c].Rel != "parataxis" && (words[c].Rel != "advcl" || marked(words, c)) {
		return -1
	}
	return c
}

// marked reports whether word c has a marker ("if", "because") of its own.
func marked(words []Word, c int) bool {
	return slices.ContainsFunc(words, func(w Word) bool { return w.Head == c && w.Rel == "mark" })
}

// raiseSaying mends the other reading of the same sentence: the verb of
// saying v taken for the clausal subject of the verb whose auxiliary
// stands at index at (`"I promise every single one of my team will get
// what they're owed."` with "promise" the subject of "get"). The verb of
// saying takes the place of that verb in the sentence, the verb becomes
// its complement, and the punctuation around them hangs on v. It returns
// the verb, or -1 (words unchanged) when the parse is not of that shape.
func raiseSaying(words []Word, v, at int) int {
	if at >= len(words) || words[at].Rel != "aux" {
		return -1
	}
	c := words[at].Head
	if c <= v || words[v].Head != c || words[v].Rel != "csubj" {
		return -1
	}
	words[v].Head, words[v].Rel = words[c].Head, words[c].Rel
	words[c].Head, words[c].Rel = v, "ccomp"
	for k := range words {
		if words[k].Head == c && words[k].Rel == "punct" && (k < v || k > c && onlyPunctFrom(words, k)) {
			words[k].Head = v // the opening quotation mark, the closing stop
		}
	}
	return c
}

// onlyPunctFrom reports whether words k and after are all punctuation.
func onlyPunctFrom(words []Word, k int) bool {
	for ; k < len(words); k++ {
		if words[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}
