package syntax

import "strings"

// EvaluateTagger trains a tagger alone on train, as Train trains the
// model's, and scores its tags on dev: a quick measure for work on the
// tagger's features (Train also trains the parser, many times longer).
// Only Words, UPOS and XPOS of the result are set.
func EvaluateTagger(train, dev []Block, opt TrainOptions) (Scores, error) {
	lex := opt.Lexicon
	if !opt.TagClasses {
		lex = nil
	}
	if lex != nil && opt.KnownWords > 0 {
		lex = lex.withKnown(train, opt.KnownWords)
	}
	exs, tags, _ := examplesOf(train, lex)
	t, err := trainTagger(exs, tags, opt.TaggerIters, opt.Seed, lex != nil)
	if err != nil {
		return Scores{}, err
	}
	var s Scores
	var upos, xpos int
	for _, b := range dev {
		gold := b.Words()
		forms := formsOf(gold)
		for i, c := range t.tag(infosOf(forms, lex)) {
			u, x, _ := strings.Cut(t.tags[c], " ")
			s.Words++
			upos += btoi(u == gold[i].UPOS)
			xpos += btoi(x == gold[i].XPOS)
		}
	}
	if s.Words > 0 {
		s.UPOS, s.XPOS = 100*float64(upos)/float64(s.Words), 100*float64(xpos)/float64(s.Words)
	}
	return s, nil
}
