package syntax

import (
	"strings"
	"unicode"
)

// Stock tickers in brackets after a company's name ("Halvorsen
// Therapeutics ASA (Oslo: HALV) and Sanrei Pharmaceutical Co., Ltd.
// (TSE: 4592) today announced …") are asides the treebank never shows:
// parsed with the sentence they break the list of names and its verb. The
// sentence is parsed without them and each ticker hung on the name before
// it.

// tickerAt returns the end (after ")") of a ticker in brackets opening at
// word i: "(", one or two capitalised words naming an exchange, ":", a
// code in capitals or digits, ")"; or -1.
func tickerAt(forms []string, i int) int {
	if forms[i] != "(" {
		return -1
	}
	k := i + 1
	for k < len(forms) && k <= i+2 && startsUpper(forms[k]) {
		k++
	}
	if k == i+1 || k+2 >= len(forms) || forms[k] != ":" || !tickerCode(forms[k+1]) || forms[k+2] != ")" {
		return -1
	}
	return k + 3
}

// tickerCode reports whether form is a ticker's code: capitals, digits
// and dots, at most eight ("HALV", "4592", "BRK.B").
func tickerCode(form string) bool {
	if form == "" || len(form) > 8 {
		return false
	}
	return strings.IndexFunc(form, func(r rune) bool { return !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '.' }) < 0
}

// tickerSpans returns the [start, end) word ranges of the tickers in
// brackets that follow a word of the sentence.
func tickerSpans(forms []string) [][2]int {
	var out [][2]int
	for i := 1; i < len(forms); i++ {
		if e := tickerAt(forms, i); e > 0 {
			out = append(out, [2]int{i, e})
			i = e - 1
		}
	}
	return out
}

// annotateAroundTickers analyses the sentence of forms without the
// tickers at spans, then puts each back: its code in apposition to the
// word before the bracket, the exchange's words compounds of the code,
// the brackets and colon its punctuation.
func (m *Model) annotateAroundTickers(forms []string, joined []bool, spans [][2]int) []Word {
	keptAt := make([]int, len(forms)) // index among the kept words, or -1
	var kept []string
	var keptJoined []bool
	s := 0
	for i := range forms {
		if s < len(spans) && i >= spans[s][1] {
			s++
		}
		if s < len(spans) && i >= spans[s][0] {
			keptAt[i] = -1
			continue
		}
		keptAt[i] = len(kept)
		kept = append(kept, forms[i])
		if joined != nil {
			keptJoined = append(keptJoined, joined[i])
		}
	}
	inner := m.AnnotateJoined(kept, keptJoined)
	back := make([]int, len(kept)) // kept index → full index
	for i, k := range keptAt {
		if k >= 0 {
			back[k] = i
		}
	}
	words := make([]Word, len(forms))
	for k, w := range inner {
		if w.Head >= 0 {
			w.Head = back[w.Head]
		}
		words[back[k]] = w
	}
	for _, sp := range spans {
		code := sp[1] - 2
		for i := sp[0]; i < sp[1]; i++ {
			w := Word{Form: forms[i], Head: code}
			switch {
			case i == code:
				w.UPOS, w.XPOS, w.Head, w.Rel = "PROPN", "NNP", sp[0]-1, "appos"
				if strings.IndexFunc(forms[i], unicode.IsLetter) < 0 {
					w.UPOS, w.XPOS = "NUM", "CD"
				}
			case forms[i] == "(":
				w.UPOS, w.XPOS, w.Rel = "PUNCT", "-LRB-", "punct"
			case forms[i] == ")":
				w.UPOS, w.XPOS, w.Rel = "PUNCT", "-RRB-", "punct"
			case forms[i] == ":":
				w.UPOS, w.XPOS, w.Rel = "PUNCT", ":", "punct"
			default:
				w.UPOS, w.XPOS, w.Rel = "PROPN", "NNP", "compound"
			}
			w.Lemma = m.lem.Lemma(w.Form, w.UPOS, w.XPOS)
			words[i] = w
		}
	}
	return words
}
