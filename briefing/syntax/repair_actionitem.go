package syntax

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// repairActionItem mends a sentence that assigns an act in the manner of
// an action list or a headline, a name and an infinitive with no finite
// verb ("City Manager to sign the KCC contract by June 19", "Public Works
// Department to post detour signs"): the tagger reads a word of the name
// as a verb ("Works") and the parser makes it the root. The infinitive
// becomes the root, the name's last word its subject and the words before
// it parts of the name. A sentence with a modal, a name with words in
// lower case or with no proper noun ("Glad to hear", "Pleasure to work
// with") is left alone; a result that is not a tree is undone.
func repairActionItem(words []Word) {
	first := 0
	for first < len(words) && words[first].UPOS == "PUNCT" || first < len(words) && listMark(words[first].Form) {
		first++
	}
	article := -1
	if first+1 < len(words) && words[first].XPOS == "DT" && strings.EqualFold(words[first].Form, "the") {
		article, first = first, first+1 // "- The European Commission to present a legal proposal by 31 January 2027"
	}
	t := -1
	for k := first; k+1 < len(words); k++ {
		if words[k].XPOS == "TO" && words[k+1].XPOS == "VB" {
			t = k
			break
		}
	}
	if t <= first || words[t+1].Head < 0 {
		return
	}
	end, acr := t, -1 // where the name ends, and its acronym in brackets after it
	if t-3 > first && words[t-1].Form == ")" && words[t-3].Form == "(" {
		end, acr = t-3, t-2 // "The European Investment Bank (EIB) to manage at least €25bn"
	}
	proper := false
	for k := first; k < end; k++ {
		if !capitalisedForm(words[k].Form) && !nameJoiner(words[k].Form) || !nameTags[words[k].XPOS] && !nameJoiner(words[k].Form) {
			return // "Officials agreed to sign": a clause, not a name; "Glad to hear": no name
		}
		proper = proper || words[k].XPOS == "NNP" || words[k].XPOS == "NNPS"
	}
	proper = proper || article >= 0 && end-first >= 2 // "The European Commission", each word capitalised though the tagger read none a name
	if !proper || words[t].Form != "to" || !capitalisedForm(words[end-1].Form) || words[end-1].XPOS == "JJ" {
		return
	}
	for _, w := range words {
		if w.XPOS == "MD" {
			return
		}
	}
	saved := slices.Clone(words)
	v, h := t+1, end-1
	for k := range words {
		if k < first || k > v && words[k].Head >= first && words[k].Head < t || words[k].Head < 0 && k != v {
			words[k].Head = v // list marks, and what hung on the name or the old root
		}
	}
	for k := first; k < h; k++ {
		words[k].Head, words[k].Rel = h, "compound"
		if nameJoiner(words[k].Form) {
			words[k].Rel = "case"
		}
	}
	for k := first; k <= h; k++ {
		if words[k].UPOS == "VERB" || words[k].UPOS == "AUX" {
			words[k].UPOS, words[k].XPOS, words[k].Lemma = "PROPN", "NNP", words[k].Form // "Works" of "Public Works Department"
		}
	}
	if article >= 0 {
		words[article].Head, words[article].Rel = h, "det"
	}
	if acr >= 0 {
		words[acr].Head, words[acr].Rel = h, "appos"
		words[acr-1].Head, words[acr+1].Head = acr, acr
	}
	words[h].Head, words[h].Rel = v, "nsubj"
	words[t].Head, words[t].Rel = v, "mark"
	words[v].Head, words[v].Rel = -1, "root"
	for k := first; k < len(words); k++ {
		if k != v && words[k].Head == -1 {
			words[k].Head = v
		}
	}
	if !isTree(words) {
		copy(words, saved)
	}
}

// nameTags are the tags the words of a name take, a verb's among them
// for a word such as "Works" the tagger misreads.
var nameTags = map[string]bool{"NNP": true, "NNPS": true, "NN": true, "NNS": true, "JJ": true, "VBZ": true, "VBP": true}

// capitalisedForm reports whether a word starts with a capital letter.
func capitalisedForm(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r)
}

// nameJoiner reports whether a word may join the words of a name ("of",
// "and", "&").
func nameJoiner(f string) bool {
	return f == "of" || f == "and" || f == "&" || f == "for"
}

// listMark reports whether a word marks a list item ("-", "•", "*").
func listMark(f string) bool {
	return f == "-" || f == "•" || f == "*" || f == "–"
}
