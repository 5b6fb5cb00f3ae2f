package syntax

import "slices"

// repairNamedSubject mends a sentence that opens with a name the parser
// made a modifier of the verb while a description set off by commas after
// it became the subject ("Pennywell Stores plc ("Pennywell"), the UK's
// seventh-largest supermarket group, today announced" read as "plc" an
// oblique, "seventh" the subject): a bare noun phrase with no preposition
// that opens the sentence is the subject, and the description between
// commas its apposition. A result that is not a tree is undone.
func repairNamedSubject(words []Word) {
	for o, w := range words {
		v := w.Head
		if w.Rel != "obl" || v <= o || w.UPOS != "PROPN" && w.UPOS != "NOUN" || phraseStart(words, o) != 0 ||
			hasChildWith(words, o, "case", "mark") || words[v].UPOS != "VERB" {
			continue
		}
		n := slices.IndexFunc(words, func(x Word) bool { return x.Head == v && (x.Rel == "nsubj" || x.Rel == "nsubj:pass") })
		if n < o || n > v {
			return
		}
		s := Sentence{Words: words}
		first, last := s.Subtree(n)
		for last > first && words[last].UPOS == "PUNCT" {
			last-- // the closing comma may hang on the description
		}
		if first == 0 || words[first-1].Form != "," || last+1 >= v || words[last+1].Form != "," {
			return // the subject is no description set off by commas
		}
		saved := slices.Clone(words)
		words[o].Rel = words[n].Rel
		words[n].Head, words[n].Rel = o, "appos"
		if !isTree(words) {
			copy(words, saved)
		}
		return
	}
}
