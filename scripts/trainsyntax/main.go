// Command trainsyntax trains BriefDesk's tagger and parser on UD English EWT
// and writes the model that the binary embeds. The same data gives the same
// model, byte for byte; its default options are those of the shipped model
// (`make model`):
//
//	go run ./scripts/trainsyntax -train ../shared/ud/en_ewt-ud-train.conllu.xz \
//	    -dev ../shared/ud/en_ewt-ud-dev.conllu.xz -out assets/syntax/model.bin
//
// -wordnet DIR reads the WordNet 3.0 database (Debian's wordnet-base:
// /usr/share/wordnet) for two options: -tag-classes gives the tagger the
// parts of speech WordNet gives each word, -semantic gives the parser the
// semantic classes of nouns and verbs (person, location, communication …).
// The tagger reads those parts of speech only where a word's case says
// nothing about them; -known-words N also keeps them from the words the
// training data has at least N times. -plain-tags trains the parser on the
// tags of held-out taggers without -tag-classes, so that with -tag-classes
// only the tagger changes.
// -between gives the parser the verbs and punctuation between the words it
// weighs. With -tagger-only it trains the tagger alone and prints its
// accuracy on -dev (a minute of processor time), for work on the tagger's
// features.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

func main() {
	train := flag.String("train", "../shared/ud/en_ewt-ud-train.conllu.xz", "training treebank (CoNLL-U, or .xz)")
	dev := flag.String("dev", "../shared/ud/en_ewt-ud-dev.conllu.xz", "development treebank to report accuracy on (empty: none)")
	out := flag.String("out", "assets/syntax/model.bin", "where to write the model")
	wordnet := flag.String("wordnet", "", "WordNet 3.0 database directory: parts of speech for the tagger, semantic classes for the parser (empty: none)")
	taggerOnly := flag.Bool("tagger-only", false, "train the tagger alone and score its tags on -dev; write no model")
	opt := syntax.DefaultTrainOptions
	flag.IntVar(&opt.TaggerIters, "tagger-iters", opt.TaggerIters, "tagger training passes")
	flag.IntVar(&opt.ParserIters, "parser-iters", opt.ParserIters, "parser training passes")
	flag.IntVar(&opt.Folds, "folds", opt.Folds, "folds for the tags the parser trains on")
	flag.BoolVar(&opt.Between, "between", opt.Between, "give the parser the verbs and punctuation between the words it weighs")
	flag.BoolVar(&opt.TagClasses, "tag-classes", opt.TagClasses, "give the tagger the parts of speech of the -wordnet dictionary")
	flag.IntVar(&opt.KnownWords, "known-words", opt.KnownWords, "with -tag-classes, tag the words the training data has at least this often without the dictionary (0: none)")
	flag.BoolVar(&opt.PlainTags, "plain-tags", opt.PlainTags, "train the parser on the tags of held-out taggers without -tag-classes")
	flag.BoolVar(&opt.Semantic, "semantic", opt.Semantic, "give the parser the semantic classes of the -wordnet dictionary's nouns and verbs")
	flag.Parse()
	if *wordnet != "" {
		lex, err := syntax.ReadWordNet(*wordnet)
		if err != nil {
			fmt.Fprintln(os.Stderr, "trainsyntax:", err, "(install Debian's wordnet-base, or give -wordnet DIR)")
			os.Exit(1)
		}
		opt.Lexicon = lex
	} else if opt.TagClasses || opt.Semantic {
		fmt.Fprintln(os.Stderr, "trainsyntax: -tag-classes and -semantic read WordNet: give -wordnet DIR (Debian's wordnet-base installs /usr/share/wordnet)")
		os.Exit(2)
	}
	runner := run
	if *taggerOnly {
		runner = runTagger
	}
	if err := runner(*train, *dev, *out, opt); err != nil {
		fmt.Fprintln(os.Stderr, "trainsyntax:", err)
		os.Exit(1)
	}
}

func run(trainPath, devPath, out string, opt syntax.TrainOptions) error {
	blocks, err := readTreebank(trainPath)
	if err != nil {
		return err
	}
	opt.Log = os.Stderr
	m, err := syntax.Train(blocks, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%.1f MB)\n", out, float64(buf.Len())/(1<<20))
	if devPath == "" {
		return nil
	}
	devBlocks, err := readTreebank(devPath)
	if err != nil {
		return err
	}
	start := time.Now()
	s := m.Evaluate(devBlocks)
	fmt.Printf("dev: %d words, UPOS %.2f, XPOS %.2f, lemma %.2f, UAS %.2f, LAS %.2f (%.0f words/s)\n",
		s.Words, s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS, float64(s.Words)/time.Since(start).Seconds())
	return nil
}

// runTagger trains the tagger alone on trainPath and prints its accuracy
// on devPath; it writes no model.
func runTagger(trainPath, devPath, _ string, opt syntax.TrainOptions) error {
	blocks, err := readTreebank(trainPath)
	if err != nil {
		return err
	}
	devBlocks, err := readTreebank(devPath)
	if err != nil {
		return err
	}
	start := time.Now()
	s, err := syntax.EvaluateTagger(blocks, devBlocks, opt)
	if err != nil {
		return err
	}
	fmt.Printf("dev, tagger alone: %d words, UPOS %.2f, XPOS %.2f (%s)\n", s.Words, s.UPOS, s.XPOS, time.Since(start).Round(time.Second))
	return nil
}

// readTreebank reads a CoNLL-U file, decompressing .xz with the xz command.
func readTreebank(path string) ([]syntax.Block, error) {
	var data []byte
	var err error
	if strings.HasSuffix(path, ".xz") {
		data, err = exec.Command("xz", "-dc", path).Output()
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return syntax.ReadCoNLLU(bytes.NewReader(data))
}
