package syntax

import "testing"

// A tagger trained alone scores its tags on every word given, with and
// without the dictionary's parts of speech.
func TestEvaluateTagger(t *testing.T) {
	blocks := devSample(t)[:60]
	words := 0
	for _, b := range blocks {
		words += len(b.Words())
	}
	for _, lex := range []Lexicon{nil, testLexicon()} {
		opt := sampleOptions()
		opt.Lexicon = lex
		s, err := EvaluateTagger(blocks, blocks, opt)
		if err != nil {
			t.Fatal(err)
		}
		if s.Words != words || s.UPOS < 80 || s.XPOS < 80 || s.UAS != 0 {
			t.Fatalf("lexicon %v: %d words (want %d), UPOS %.1f XPOS %.1f UAS %.1f on its own training sentences", lex != nil, s.Words, words, s.UPOS, s.XPOS, s.UAS)
		}
	}
}
