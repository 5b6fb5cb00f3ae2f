package syntax

import "slices"

// repairRelativeApposition mends a verb the parser gave two subjects when
// a relative clause on the first ends in a noun described by a name set
// off by commas: in "The undertaking, which was signed by Harrowfield's
// chief executive, Dr Nadia Okwuosa, and the WSC's chair, Graham
// Pettifer, follows an investigation" the parse makes "Nadia Okwuosa" a
// second subject of "follows". When a verb v has two subjects s1 < s2
// before it, s1 has a relative clause that ends right before the comma
// that opens s2's phrase, and the word before that comma is a noun, s2
// becomes that noun's apposition. A result that is not a tree is undone.
func repairRelativeApposition(words []Word) {
	for v := range words {
		subs := subjectsOf(words, v)
		if len(subs) != 2 || subs[1] > v || words[subs[1]].UPOS != "PROPN" {
			continue
		}
		s1, s2 := subs[0], subs[1]
		ps := phraseStart(words, s2)
		c := ps - 1
		if c < 1 || words[c].Form != "," || !relativeEndsAt(words, s1, c) {
			continue
		}
		p := nearestNominal(words, s1+1, c)
		if p <= s1 || words[p].UPOS != "NOUN" {
			continue
		}
		saved := slices.Clone(words)
		words[s2].Head, words[s2].Rel = p, "appos"
		words[c].Head = s2
		conjoinedOffices(words, s2, p)
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// conjoinedOffices moves a noun the parse joined to the name s2 over to
// the noun p that name describes ("the WSC's chair" joined to "Nadia
// Okwuosa" is joined to "chief executive"), with the name set off by a
// comma after it as its apposition ("chair, Graham Pettifer"), the
// name's further words flat on its first.
func conjoinedOffices(words []Word, s2, p int) {
	office := -1
	for k := s2 + 1; k < len(words); k++ {
		w := &words[k]
		if w.Head != s2 || w.Rel != "conj" {
			continue
		}
		switch {
		case w.UPOS == "NOUN":
			w.Head, office = p, k
		case w.UPOS == "PROPN" && office >= 0 && words[k-1].Form == ",":
			w.Head, w.Rel = office, "appos"
			for n := k + 1; n < len(words) && words[n].UPOS == "PROPN" && words[n].Head == s2; n++ {
				words[n].Head, words[n].Rel = k, "flat"
			}
			office = -1
		}
	}
}

// relativeEndsAt reports whether word s1 has a relative clause whose words
// run to the word right before c.
func relativeEndsAt(words []Word, s1, c int) bool {
	s := &Sentence{Words: words}
	for _, r := range s.ChildrenWith(s1, "acl:relcl") {
		if _, last := s.Subtree(r); last == c-1 && r < c {
			return true
		}
	}
	return false
}
