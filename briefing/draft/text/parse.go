package text

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// maxParsedWords bounds the words the parser reads in one document (about
// a second and a half of parsing): the sentences after them keep their
// spans but have no words, so very long pastes draft in bounded time, with
// their later sentences read by the stages that need no parse.
const maxParsedWords = 50000

// Parse parses the sentences of the document (stage 2 of the pipeline):
// words with spans into the text, tags, lemmas and dependencies.
func Parse(d *doc.Document) ([]syntax.Sentence, error) {
	m, err := syntax.Default()
	if err != nil {
		return nil, err
	}
	out := make([]syntax.Sentence, len(d.Sentences))
	budget := maxParsedWords
	for i, s := range d.Sentences {
		if budget <= 0 {
			out[i] = syntax.Sentence{Start: s.Start, End: s.End}
			continue
		}
		out[i] = m.Analyze(d.Text, s.Start, s.End)
		budget -= len(out[i].Words)
	}
	return out, nil
}

// RelIs reports whether a relation, or its base without subtype, is one of
// rels.
func RelIs(rel string, rels ...string) bool {
	base, _, _ := strings.Cut(rel, ":")
	for _, r := range rels {
		if r == rel || r == base {
			return true
		}
	}
	return false
}
