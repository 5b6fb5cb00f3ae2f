package syntax

import "slices"

// repairRelativeSubject mends a sentence whose subject carries a relative
// clause that the parser closed too late, leaving the subject the root and
// the main verb joined to it ("Two armed groups that have fought for the
// mines around the town signed a ceasefire": "groups" the root, "signed"
// a parataxis). The verb is finite, has no subject, "and" or mark of its
// own, follows the relative clause's last word with no punctuation
// between, and no verb stands before it outside that clause; it becomes
// the root and the noun its subject. A result that is not a tree is
// undone.
func repairRelativeSubject(words []Word) {
	r := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	if r < 0 || words[r].UPOS != "NOUN" && words[r].UPOS != "PROPN" {
		return
	}
	s := &Sentence{Words: words}
	for v, w := range words {
		if w.Head != r || v <= r+1 || w.UPOS != "VERB" || !finite(w.XPOS) || !relIn(w.Rel, []string{"parataxis", "conj", "dep"}) ||
			hasSubject(words, v) || hasChildWith(words, v, "cc", "mark") || words[v-1].UPOS == "PUNCT" {
			continue
		}
		c := relativeEndingAt(words, r-1, v-1)
		if c < 0 || words[c].Head != r {
			return
		}
		first, _ := s.Subtree(c)
		if verbBefore(words, first) {
			return
		}
		saved := slices.Clone(words)
		rootVerbOver(words, r, v)
		if !isTree(words) {
			copy(words, saved)
		}
		return
	}
}
