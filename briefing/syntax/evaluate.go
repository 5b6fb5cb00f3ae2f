package syntax

import "strings"

// Scores are accuracies in per cent over every word of a treebank.
type Scores struct {
	Words             int
	UPOS, XPOS, Lemma float64
	UAS, LAS          float64 // LAS compares relations without subtype, as the UD measure does
}

// Evaluate analyses the words of each block (forms, and which are written
// with no space after them) and compares the
// result with the block's annotation.
func (m *Model) Evaluate(blocks []Block) Scores {
	var s Scores
	var upos, xpos, lemma, uas, las int
	for _, b := range blocks {
		gold := b.Words()
		got := m.AnnotateJoined(formsOf(gold), joinedOf(gold))
		for i, g := range gold {
			w := got[i]
			s.Words++
			upos += btoi(w.UPOS == g.UPOS)
			xpos += btoi(w.XPOS == g.XPOS)
			lemma += btoi(w.Lemma == g.Lemma)
			if w.Head+1 == g.Head {
				uas++
				las += btoi(baseRel(w.Rel) == baseRel(g.Deprel))
			}
		}
	}
	if s.Words > 0 {
		pc := func(n int) float64 { return 100 * float64(n) / float64(s.Words) }
		s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS = pc(upos), pc(xpos), pc(lemma), pc(uas), pc(las)
	}
	return s
}

// formsOf returns the forms of words.
func formsOf(words []Token) []string {
	forms := make([]string, len(words))
	for i, t := range words {
		forms[i] = t.Form
	}
	return forms
}

// joinedOf returns whether each word is written right against the next.
func joinedOf(words []Token) []bool {
	joined := make([]bool, len(words))
	for i, t := range words {
		joined[i] = t.SpaceAfterNo()
	}
	return joined
}

// baseRel drops a relation's subtype ("nsubj:pass" → "nsubj").
func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
