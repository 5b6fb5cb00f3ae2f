package syntax

// Analyze tokenises, tags, lemmatises and parses the sentence text[start:end].
// Every word's span points into text. An empty span gives an empty sentence.
func (m *Model) Analyze(text string, start, end int) Sentence {
	words := Tokenize(text, start, end)
	forms := make([]string, len(words))
	joined := make([]bool, len(words))
	for i, w := range words {
		forms[i] = w.Form
		joined[i] = i+1 < len(words) && words[i+1].Start == w.End
	}
	analysed := m.annotateItem(forms, joined)
	for i := range analysed {
		analysed[i].Start, analysed[i].End = words[i].Start, words[i].End
	}
	s := Sentence{Start: start, End: end, Words: analysed}
	if len(words) > 0 {
		s.Start, s.End = words[0].Start, words[len(words)-1].End
	}
	return s
}

// annotateItem annotates a sentence, reading a list item's mark apart from
// its words when the parse with the mark has no verb at its root ("-
// Malawi and Zambia agreed on 16 July to …" rooted in "Malawi", the verb
// read as a mark): the words after the mark are parsed as a sentence of
// their own and the mark hangs on their root.
func (m *Model) annotateItem(forms []string, joined []bool) []Word {
	whole := m.AnnotateJoined(forms, joined)
	if len(forms) < 3 || !itemMarks[forms[0]] || verbRooted(whole) {
		return whole
	}
	rest := m.AnnotateJoined(forms[1:], joined[1:])
	if !verbRooted(rest) {
		return whole
	}
	words := make([]Word, 0, len(forms))
	words = append(words, Word{Form: forms[0], Lemma: forms[0], UPOS: "PUNCT", XPOS: "NFP", Rel: "punct"})
	root := -1
	for _, w := range rest {
		if w.Head >= 0 {
			w.Head++
		}
		words = append(words, w)
	}
	for k, w := range words {
		if k > 0 && w.Head < 0 {
			root = k
			break
		}
	}
	words[0].Head = root
	if root < 0 {
		words[0].Head, words[0].Rel = -1, "root"
	}
	return words
}

// verbRooted reports whether a parse has a verb at its root.
func verbRooted(words []Word) bool {
	for _, w := range words {
		if w.Head < 0 {
			return w.UPOS == "VERB" || w.UPOS == "AUX"
		}
	}
	return false
}

// itemMarks open the items of a list.
var itemMarks = map[string]bool{"-": true, "•": true, "*": true, "–": true, "—": true, "●": true, "▪": true, "‣": true, "·": true, "■": true, "►": true}
