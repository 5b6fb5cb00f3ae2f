package syntax

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"strings"
	"testing"
)

// trainSample trains a small model on the first 60 sentences of the dev
// sample and returns its file.
func trainSample(t *testing.T, opt TrainOptions) []byte {
	t.Helper()
	m, err := Train(devSample(t)[:60], opt)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sampleOptions are the options of the shipped model (DefaultTrainOptions)
// with passes and folds few enough for a test.
func sampleOptions() TrainOptions {
	opt := DefaultTrainOptions
	opt.TaggerIters, opt.ParserIters, opt.Folds = 4, 4, 2
	return opt
}

// Training is deterministic: the same data and options give the same model
// file, byte for byte (what lets `make model` rebuild the shipped model),
// with each of the parser's optional feature sets.
func TestTrainingIsDeterministic(t *testing.T) {
	cases := []struct {
		name                 string
		lex                  Lexicon
		tagClasses, semantic bool
		between              bool
		known                int
	}{
		{"plain", nil, false, false, false, 0},
		{"the tagger's parts of speech", testLexicon(), true, false, false, 0},
		{"the tagger's parts of speech of rare words", testLexicon(), true, false, false, 3},
		{"the parser's semantic classes", testLexicon(), false, true, false, 0},
		{"all three", testLexicon(), true, true, true, 0},
	}
	for _, c := range cases {
		opt := sampleOptions()
		opt.Lexicon, opt.TagClasses, opt.Semantic, opt.Between, opt.KnownWords = c.lex, c.tagClasses, c.semantic, c.between, c.known
		a, b := trainSample(t, opt), trainSample(t, opt)
		if len(a) < 1000 || !bytes.Equal(a, b) {
			t.Fatalf("%s: two trainings on the same data differ (%d and %d bytes)", c.name, len(a), len(b))
		}
		m, err := ReadModel(a)
		if err != nil {
			t.Fatal(err)
		}
		if m.tagger.lexical != c.tagClasses || (m.parser.kinds != nil) != c.semantic || (m.parser.marks != nil) != c.between {
			t.Fatalf("%s: the model read back has the tagger's parts of speech %v, semantic classes %v and the words between %v",
				c.name, m.tagger.lexical, m.parser.kinds != nil, m.parser.marks != nil)
		}
		var again bytes.Buffer
		if _, err := m.WriteTo(&again); err != nil || !bytes.Equal(again.Bytes(), a) {
			t.Fatalf("%s: the model changes when read and written again (%v)", c.name, err)
		}
		if s := m.Evaluate(devSample(t)[:60]); s.UPOS < 80 || s.UAS < 60 {
			t.Fatalf("%s: a model trained on 60 sentences scores UPOS %.1f UAS %.1f on them", c.name, s.UPOS, s.UAS)
		}
	}
}

// The trainer of the shipped model has not changed since the model was
// trained: the shipped options (with a small lexicon if the shipped model
// has one) on a small sample still give the model whose SHA-256 is in
// testdata/trained-sample.sha256. A change to the features,
// the training or the file format changes that digest; then `make model`
// no longer rebuilds assets/syntax/model.bin, so retrain it, commit it and
// write the new digest (the test prints it) in the same change.
func TestTrainerStillBuildsTheShippedModel(t *testing.T) {
	want, err := os.ReadFile("testdata/trained-sample.sha256")
	if err != nil {
		t.Fatal(err)
	}
	opt := sampleOptions()
	shipped := defaultModel(t)
	if shipped.lex != nil {
		opt.Lexicon = testLexicon()
	}
	if opt.Between != (shipped.parser.marks != nil) || opt.Semantic != (shipped.parser.kinds != nil) || opt.TagClasses != shipped.tagger.lexical {
		t.Fatalf("the shipped model has the words between %v, semantic classes %v, the tagger's parts of speech %v; DefaultTrainOptions %v, %v, %v",
			shipped.parser.marks != nil, shipped.parser.kinds != nil, shipped.tagger.lexical, opt.Between, opt.Semantic, opt.TagClasses)
	}
	sum := sha256.Sum256(trainSample(t, opt))
	if got := hex.EncodeToString(sum[:]); got != strings.TrimSpace(string(want)) {
		t.Fatalf("the trainer now gives a different model on the sample (SHA-256 %s); retrain assets/syntax/model.bin with make model", got)
	}
}

// weightBytes returns a weight table as the model file writes it.
func weightBytes(t *testing.T, w *weights) []byte {
	t.Helper()
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	e := &encoder{w: bw}
	e.weights(w)
	if err := errors.Join(e.err, bw.Flush()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// With PlainTags the tagger reads the dictionary's parts of speech but the
// parser learns from the tags of held-out taggers without them: the parser
// is the plain model's, byte for byte, and the tagger the one with the
// dictionary.
func TestPlainTagsChangeOnlyTheTagger(t *testing.T) {
	train := func(tagClasses, plainTags bool) *Model {
		opt := sampleOptions()
		opt.Lexicon, opt.TagClasses, opt.PlainTags = testLexicon(), tagClasses, plainTags
		m, err := ReadModel(trainSample(t, opt))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	plain, lexical, both := train(false, false), train(true, false), train(true, true)
	if !bytes.Equal(weightBytes(t, both.parser.w), weightBytes(t, plain.parser.w)) {
		t.Fatal("with PlainTags the parser differs from the plain model's")
	}
	if bytes.Equal(weightBytes(t, lexical.parser.w), weightBytes(t, plain.parser.w)) {
		t.Fatal("the parser trained on the tags of taggers with the dictionary is the plain one: the test shows nothing")
	}
	if !both.tagger.lexical || !bytes.Equal(weightBytes(t, both.tagger.second), weightBytes(t, lexical.tagger.second)) {
		t.Fatal("with PlainTags the tagger is not the one with the dictionary's parts of speech")
	}
}
