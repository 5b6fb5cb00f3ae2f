package draft

import "github.com/briefdesk/briefdesk/briefing/syntax"

// analyse parses every sentence of the document (stage 2 of the pipeline):
// words with spans into the text, tags, lemmas and dependencies.
func analyse(d *document) ([]syntax.Sentence, error) {
	m, err := syntax.Default()
	if err != nil {
		return nil, err
	}
	out := make([]syntax.Sentence, len(d.sentences))
	for i, s := range d.sentences {
		out[i] = m.Analyze(d.text, s.Start, s.End)
	}
	return out, nil
}
