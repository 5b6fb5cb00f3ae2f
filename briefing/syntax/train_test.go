package syntax

import (
	"bytes"
	"testing"
)

// Training is deterministic: the same data and options give the same model
// file, byte for byte (what lets `make model` rebuild the shipped model),
// with a lexicon (the parser's semantic classes) and without one.
func TestTrainingIsDeterministic(t *testing.T) {
	blocks := devSample(t)[:60]
	for name, lex := range map[string]Lexicon{"without a lexicon": nil, "with a lexicon": testLexicon()} {
		opt := TrainOptions{TaggerIters: 4, ParserIters: 4, Folds: 2, Explore: 0.9, Seed: 7, Lexicon: lex}
		var a, b bytes.Buffer
		for _, buf := range []*bytes.Buffer{&a, &b} {
			m, err := Train(blocks, opt)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := m.WriteTo(buf); err != nil {
				t.Fatal(err)
			}
		}
		if a.Len() < 1000 || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("%s: two trainings on the same data differ (%d and %d bytes)", name, a.Len(), b.Len())
		}
		m, err := ReadModel(a.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if (m.lex != nil) != (lex != nil) || (m.parser.kinds != nil) != (lex != nil) {
			t.Fatalf("%s: the model read back has a lexicon %v and semantic classes %v", name, m.lex != nil, m.parser.kinds != nil)
		}
		var again bytes.Buffer
		if _, err := m.WriteTo(&again); err != nil || !bytes.Equal(again.Bytes(), a.Bytes()) {
			t.Fatalf("%s: the model changes when read and written again (%v)", name, err)
		}
		if s := m.Evaluate(blocks); s.UPOS < 80 || s.UAS < 60 {
			t.Fatalf("%s: a model trained twice on 60 sentences scores UPOS %.1f UAS %.1f on them", name, s.UPOS, s.UAS)
		}
	}
}
