package syntax

import (
	"bytes"
	"testing"
)

// Training is deterministic: the same data and options give the same model
// file, byte for byte (what lets `make model` rebuild the shipped model).
func TestTrainingIsDeterministic(t *testing.T) {
	blocks := devSample(t)[:60]
	opt := TrainOptions{TaggerIters: 4, ParserIters: 4, Folds: 2, Explore: 0.9, Seed: 7}
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
		t.Fatalf("two trainings on the same data differ (%d and %d bytes)", a.Len(), b.Len())
	}
	m, err := ReadModel(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if s := m.Evaluate(blocks); s.UPOS < 80 || s.UAS < 60 {
		t.Fatalf("a model trained twice on 60 sentences scores UPOS %.1f UAS %.1f on them", s.UPOS, s.UAS)
	}
}
