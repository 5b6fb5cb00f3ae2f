package syntax

import (
	"unicode"
	"unicode/utf8"
)

// repairTitledConjunct mends a second name joined by "and" that carries
// its body and title before it ("signed by Ingrid Solberg and Skyline
// chief executive Tor Halvorsen"), which the parser read as two phrases:
// the body a conjunct of the first name, and the person a subject or a
// phrase of its own. The person is the conjunct, and the body a compound
// of the title, as "Skyline chief executive Tor Halvorsen said" reads on
// its own. The body is one name with nothing hung on it but "and"; the
// title is one to three words in lower case hung on the person's name. A
// result that is not a tree is undone.
func repairTitledConjunct(words []Word) {
	for c, w := range words {
		if w.Rel != "conj" || w.UPOS != "PROPN" || w.Head < 0 || w.Head > c {
			continue
		}
		e := c
		for e+1 < len(words) && words[e+1].Head == c && words[e+1].Rel == "flat" {
			e++
		}
		n := e + 1
		for n < len(words) && n-e <= 3 && lowerTitleWord(words[n]) {
			n++
		}
		if n == e+1 || n >= len(words) || words[n].UPOS != "PROPN" || words[n].Head == c || words[n].Rel == "conj" ||
			words[n-1].Head != n || !onlyJoined(words, c, e) {
			continue
		}
		saved := append([]Word(nil), words...)
		for k := range words {
			if words[k].Head == c && words[k].Rel == "cc" {
				words[k].Head = n
			}
		}
		words[n].Head, words[n].Rel = w.Head, "conj"
		words[c].Head, words[c].Rel = e+1, "compound"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// lowerTitleWord reports whether w could be a word of a title written in
// lower case ("chief", "executive", "finance", "director").
func lowerTitleWord(w Word) bool {
	r, _ := utf8.DecodeRuneInString(w.Form)
	return (w.UPOS == "NOUN" || w.UPOS == "ADJ") && unicode.IsLower(r)
}

// onlyJoined reports whether the name c…e has no dependents but its
// "and" and the words of its own name.
func onlyJoined(words []Word, c, e int) bool {
	for k, x := range words {
		if x.Head == c && !(x.Rel == "cc" && k < c || x.Rel == "flat" && k > c && k <= e) {
			return false
		}
	}
	return true
}
