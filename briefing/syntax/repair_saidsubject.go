package syntax

import "slices"

// repairSaidObjectSubject mends a reported clause whose subject the parser
// took for the object of the verb of saying: in "saying the increase would
// not keep up with prices" the parse makes "the increase" what was said
// and leaves "keep" with no subject. When a verb of saying has an object
// and, right after the object's phrase, a clausal complement that opens
// with an auxiliary and has no subject of its own, the object is that
// clause's subject. A result that is not a tree is undone.
func repairSaidObjectSubject(words []Word) {
	s := &Sentence{Words: words}
	for o, w := range words {
		if w.Rel != "obj" || w.Head < 0 || !sayingLemmas[words[w.Head].Lemma] || w.UPOS != "NOUN" && w.UPOS != "PROPN" {
			continue
		}
		v := w.Head
		_, last := s.Subtree(o)
		c := complementAfter(words, v, last+1)
		if c < 0 || hasSubject(words, c) {
			continue
		}
		saved := slices.Clone(words)
		words[o].Head, words[o].Rel = c, "nsubj"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// complementAfter returns the clausal complement of verb v whose first
// word, at index at, is an auxiliary hung on it ("would", "will"), or -1.
func complementAfter(words []Word, v, at int) int {
	if at >= len(words) || words[at].Rel != "aux" {
		return -1
	}
	c := words[at].Head
	if c < 0 || words[c].Head != v || words[c].Rel != "ccomp" {
		return -1
	}
	return c
}
