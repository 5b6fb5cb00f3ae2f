package syntax

// Analyze tokenises, tags, lemmatises and parses the sentence text[start:end].
// Every word's span points into text. An empty span gives an empty sentence.
func (m *Model) Analyze(text string, start, end int) Sentence {
	words := Tokenize(text, start, end)
	forms := make([]string, len(words))
	for i, w := range words {
		forms[i] = w.Form
	}
	analysed := m.Annotate(forms)
	for i := range analysed {
		analysed[i].Start, analysed[i].End = words[i].Start, words[i].End
	}
	s := Sentence{Start: start, End: end, Words: analysed}
	if len(words) > 0 {
		s.Start, s.End = words[0].Start, words[len(words)-1].End
	}
	return s
}
