package syntax

import (
	"slices"
	"strings"
)

// repairConjoinedAsideSubject mends a second clause whose subject is set
// off by an aside between commas: in "Britain pledged £20m, and Norway,
// the co-host, promised $15m", "Germany said it would send engineers,
// and France, which has an embassy there, pledged to fund a hospital" or
// "…, and its lenders, led by Carrow Bank, refused to extend it" the
// parser hangs the name on a word before it as a conjunct and the aside
// or the later verb anywhere, leaving that verb with no subject. After
// ", and" or ", but", a name or short noun phrase, an aside between commas
// that is a relative clause, an apposition (see asideFits) or a participle
// with its agent ("led by Carrow Bank"), and a finite verb group with no
// subject, the phrase is made that verb's subject, the aside hangs on the
// phrase, and the verb joins the clause before as a conjunct. With no
// aside, the same holds where the parser made the phrase, or the phrase
// and a phrase after a preposition, a conjunct of the verb or the last
// noun before ("…,
// and its administrators immediately agreed to sell", "…, but the largest
// staff union at both institutions has refused"). A result that is not a tree is undone.
func repairConjoinedAsideSubject(words []Word) {
	for i := 1; i+3 < len(words); i++ {
		if words[i].UPOS != "CCONJ" || words[i-1].Form != "," || !mainVerbBefore(words, i) {
			continue // "Cuban citizens, who receive money, and visitors, who …, will be affected": one subject of two
		}
		c1 := i + 1
		for c1 < len(words) && c1 <= i+6 && nominalWord(words[c1]) {
			c1++
		}
		if c1 == i+1 || c1 >= len(words) {
			continue
		}
		n := topBefore(words, i+1, c1)
		if n < 0 || words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" {
			continue
		}
		if words[c1].Form != "," {
			if words[c1].UPOS == "CCONJ" && c1+1 < len(words) && words[c1+1].UPOS == "PROPN" {
				for c1++; c1 < len(words) && nominalWord(words[c1]); c1++ { // "…, and Norway and Estonia have asked"
				}
			}
			if c1 >= len(words) {
				continue
			}
			if k := phraseAfterPreposition(words, c1); k > c1 {
				c1 = k // "…, but the largest staff union at both institutions has refused"
			}
			if m, auxes := verbGroupAfter(words, c1); m >= 0 && !hasSubject(words, m) && words[n].Rel == "conj" && conjoinedAfterComma(words, n) {
				attachConjoinedSubject(words, i, n, -1, -1, -1, m, auxes) // "…, and its administrators immediately agreed to sell"
			}
			continue
		}
		c2 := closingComma(words, c1)
		if c2 < 0 {
			continue
		}
		m, auxes := verbGroupAfter(words, c2+1)
		if m < 0 || hasSubject(words, m) {
			continue
		}
		h, strays := asideHead(words, c1, c2)
		if h < 0 || len(strays) > 0 || !asideFits(words, c1, c2, h) && !agentAside(words, c1, c2, h) {
			continue
		}
		attachConjoinedSubject(words, i, n, c1, c2, h, m, auxes)
	}
}

// conjoinedAfterComma reports whether the parser joined phrase n, after
// ", and", to a verb before it or to a noun phrase that ends that clause
// ("Officials expect interest from allied nations, and Norway and Estonia
// have asked", with "Norway" a conjunct of "nations").
func conjoinedAfterComma(words []Word, n int) bool {
	switch words[words[n].Head].UPOS {
	case "VERB", "NOUN", "PROPN":
		return true
	}
	return false
}

// attachConjoinedSubject makes phrase n the subject of verb m, the aside
// headed by h between commas c1 and c2 (h < 0: none) a modifier of n, and
// m a conjunct of the clause before the conjunction at i; a result that
// is not a tree is undone.
func attachConjoinedSubject(words []Word, i, n, c1, c2, h, m int, auxes []int) {
	saved := slices.Clone(words)
	s := &Sentence{Words: words}
	if hd := words[m].Head; h < 0 || hd < 0 || hd >= i && hd <= c2 || s.Dominates(m, hd) {
		v := words[n].Head
		for v >= 0 && (v >= i && v <= c2 || words[v].UPOS != "VERB") {
			v = words[v].Head
		}
		if v < 0 {
			return
		}
		words[m].Head, words[m].Rel = v, "conj"
	}
	passive := attachVerbGroup(words, m, auxes)
	words[n].Head, words[n].Rel = m, "nsubj"
	if passive {
		words[n].Rel = "nsubj:pass"
	}
	words[i].Head, words[i].Rel = m, "cc"
	words[i-1].Head, words[i-1].Rel = m, "punct"
	if h < 0 {
		if !isTree(words) {
			copy(words, saved)
		}
		return
	}
	words[h].Head = n
	if isRelative(words[c1+1]) || words[c1+1].XPOS == "WP$" {
		words[h].Rel = "acl:relcl"
	} else if agentAside(words, c1, c2, h) {
		words[h].Rel = "acl"
	} else {
		words[h].Rel = "appos"
	}
	words[c1].Head, words[c1].Rel = h, "punct"
	words[c2].Head, words[c2].Rel = h, "punct"
	if !isTree(words) {
		copy(words, saved)
	}
}

// agentAside reports whether the aside between commas c1 and c2, headed
// by h, is a past participle with its agent and no finite verb ("led by
// Carrow Bank", "backed by two funds").
func agentAside(words []Word, c1, c2, h int) bool {
	if h != c1+1 || words[h].XPOS != "VBN" || c2-c1 < 4 || !strings.EqualFold(words[c1+2].Form, "by") {
		return false
	}
	for i := c1 + 2; i < c2; i++ {
		if finite(words[i].XPOS) {
			return false
		}
	}
	return true
}

// mainVerbBefore reports whether a finite verb outside any relative
// clause comes before word i: the clause that "and" at i follows.
func mainVerbBefore(words []Word, i int) bool {
	for j := range words[:i] {
		if !finite(words[j].XPOS) {
			continue
		}
		relative := false
		for k, steps := j, 0; k >= 0 && steps <= len(words); k, steps = words[k].Head, steps+1 {
			relative = relative || words[k].Rel == "acl:relcl" || words[k].Rel == "acl"
		}
		if !relative {
			return true
		}
	}
	return false
}

// nominalWord reports whether w may stand in a short noun phrase that
// opens a clause ("Norway", "the Dutch government", "its two partners").
func nominalWord(w Word) bool {
	switch w.UPOS {
	case "NOUN", "PROPN", "DET", "ADJ", "NUM":
		return true
	}
	return w.XPOS == "PRP$" || w.XPOS == "POS"
}

// phraseAfterPreposition returns the end of a short noun phrase that a
// preposition at k opens and that the parser hung on the word before it
// ("at both institutions"), or k.
func phraseAfterPreposition(words []Word, k int) int {
	if words[k].UPOS != "ADP" {
		return k
	}
	e := k + 1
	for e < len(words) && e <= k+5 && nominalWord(words[e]) {
		e++
	}
	if h := words[e-1].Head; e == k+1 || h != k-1 && (h < 0 || words[h].Head != k-1) {
		return k
	}
	return e
}

// closingComma returns the comma that closes an aside opened by comma c1,
// or -1 when a semicolon, a colon or the sentence's end comes first.
func closingComma(words []Word, c1 int) int {
	for k := c1 + 2; k < len(words)-1; k++ {
		switch words[k].Form {
		case ",":
			return k
		case ";", ":":
			return -1
		}
	}
	return -1
}

// hasSubject reports whether verb v has a subject.
func hasSubject(words []Word, v int) bool {
	for _, w := range words {
		if w.Head == v && (w.Rel == "nsubj" || w.Rel == "nsubj:pass" || w.Rel == "csubj") {
			return true
		}
	}
	return false
}
