package syntax

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"
)

// TrainOptions control training; the zero value is not useful, see
// DefaultTrainOptions.
type TrainOptions struct {
	TaggerIters int     // passes of the tagger over the data
	ParserIters int     // passes of the parser over the data
	Folds       int     // the parser learns from tags predicted by taggers trained on the other folds
	Explore     float64 // how often the parser follows its own mistaken move in training
	Seed        int64
	Lexicon     Lexicon   // words' parts of speech and semantic classes from a dictionary (see ReadWordNet), or nil
	TagClasses  bool      // the tagger reads the parts of speech Lexicon gives words (without a Lexicon: nothing)
	KnownWords  int       // with TagClasses, words the training data has at least this often are tagged without them (0: none)
	PlainTags   bool      // the parser learns from the tags of held-out taggers that do without TagClasses
	Semantic    bool      // the parser reads the semantic classes of Lexicon's nouns and verbs (without a Lexicon: nothing)
	Between     bool      // the parser also counts the verbs and punctuation between the words it weighs
	Log         io.Writer // progress, or nil
}

// DefaultTrainOptions are the options the shipped model is trained with.
var DefaultTrainOptions = TrainOptions{TaggerIters: 10, ParserIters: 15, Folds: 5, Explore: 0.9, Seed: 1}

// Train trains a model on treebank blocks. The result depends only on the
// blocks and the options. It fails when the treebank has more tags or
// relations than the model format holds.
func Train(blocks []Block, opt TrainOptions) (*Model, error) {
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	start := time.Now()
	lexical, semantic := opt.Lexicon != nil && opt.TagClasses, opt.Lexicon != nil && opt.Semantic
	lex := opt.Lexicon
	if !lexical && !semantic {
		lex = nil
	}
	if lexical && opt.KnownWords > 0 {
		lex = lex.withKnown(blocks, opt.KnownWords)
	}
	exs, tags, rels := examplesOf(blocks, lex)
	logf("%d sentences, %d tags, %d relations", len(exs), len(tags.names), len(rels.names))
	predicted := jackknife(exs, tags, opt, lexical && !opt.PlainTags)
	logf("tags predicted by %d taggers on held-out folds (%s)", opt.Folds, time.Since(start).Round(time.Second))
	// The tagger and the parser learn from different data, side by side.
	var tagger *Tagger
	var tagErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		tagger, tagErr = trainTagger(exs, tags, opt.TaggerIters, opt.Seed, lexical)
		logf("tagger trained (%s)", time.Since(start).Round(time.Second))
	}()
	tables := newParserTables(tags.names, semantic, opt.Between)
	parser, err := trainParser(exs, predicted, tables, rels, opt.ParserIters, opt.Seed, opt.Explore)
	<-done
	if err := errors.Join(tagErr, err); err != nil {
		return nil, err
	}
	logf("parser trained (%s)", time.Since(start).Round(time.Second))
	lemmas := LemmaExceptions(blocks)
	return &Model{tagger: tagger, parser: parser, lex: lex, lemmas: lemmas, lem: NewLemmatizer(lemmas)}, nil
}

// jackknife tags each example with a tagger trained on the other folds, two
// folds at a time; lexical as for tagFeatures.
func jackknife(exs []example, tags labels, opt TrainOptions, lexical bool) [][]int {
	out := make([][]int, len(exs))
	if opt.Folds < 2 {
		for k := range exs {
			out[k] = exs[k].tags
		}
		return out
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for f := 0; f < opt.Folds; f++ {
		wg.Add(1)
		go func(f int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var rest []example
			for k := range exs {
				if k%opt.Folds != f {
					rest = append(rest, exs[k])
				}
			}
			t := trainHeldOutTagger(rest, tags, opt.TaggerIters, opt.Seed+int64(f)+1, lexical)
			for k := range exs {
				if k%opt.Folds == f {
					out[k] = t.tag(exs[k].infos)
				}
			}
		}(f)
	}
	wg.Wait()
	return out
}
