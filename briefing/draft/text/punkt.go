package text

import (
	"sync"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
	"github.com/neurosnap/sentences/english"
)

// extraAbbrevs are abbreviations (lower case, without the final period) the
// English Punkt model does not know as well as news text needs.
var extraAbbrevs = []string{
	"gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr", "adm", "maj", "brig", "sgt", "cpl", "pvt",
	"dr", "mr", "mrs", "ms", "prof", "rev", "hon", "pres", "supt", "insp", "st", "mt", "ft", "jr", "sr",
	"inc", "corp", "co", "ltd", "bros", "no", "nos", "vs", "approx", "dept", "est", "fig", "vol",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "e.g", "i.e", "etc",
}

// Punkt is the English Punkt model with its word statistics, loaded once.
type Punkt struct {
	tokenizer *sentences.DefaultSentenceTokenizer
	// ortho holds, for about 20,000 lower-cased words, the orthographic
	// contexts Punkt saw them in (see OrthoMidLc and OrthoMidUc).
	Ortho map[string]int
}

// Punkt's orthographic context flags: seen capitalised, or in lower case,
// in the middle of a sentence.
const (
	OrthoMidUc = 1 << 2
	OrthoMidLc = 1 << 5
)

// LoadPunkt returns the model, loading it on first use.
var LoadPunkt = sync.OnceValue(newPunkt)

// newPunkt loads the English model. Without it (it is compiled in, so this
// does not happen) every paragraph is one sentence.
func newPunkt() *Punkt {
	raw, err := data.Asset("data/english.json")
	if err != nil {
		return &Punkt{}
	}
	storage, err := sentences.LoadTraining(raw)
	if err != nil {
		return &Punkt{}
	}
	for _, a := range extraAbbrevs {
		storage.AbbrevTypes.Add(a)
	}
	tok, err := english.NewSentenceTokenizer(storage)
	if err != nil {
		return &Punkt{Ortho: storage.OrthoContext}
	}
	return &Punkt{tokenizer: tok, Ortho: storage.OrthoContext}
}

// punktBreaks returns the end offsets of the sentences Punkt finds in text.
// Without a model the whole text is one sentence.
func punktBreaks(text string) []int {
	p := LoadPunkt()
	if p.tokenizer == nil {
		return []int{len(text)}
	}
	var ends []int
	for _, s := range p.tokenizer.Tokenize(text) {
		ends = append(ends, s.End)
	}
	return ends
}
