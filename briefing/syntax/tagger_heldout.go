package syntax

import "sort"

// heldOutTagger is a tagger that tags the fold it did not train on, for the
// parser's training, and is then thrown away. It is never written to a model
// file, so it scores with its averaged weights at full precision (see
// averagedWeight, summed in float32) rather than with the rounded weights a
// file stores.
type heldOutTagger struct {
	tags          []string
	dict          map[string]int
	lexical       bool
	first, second exactWeights
}

// exactWeights are a perceptron's averaged weights by feature, each
// feature's in increasing order of class.
type exactWeights map[feature][]exactWeight

type exactWeight struct {
	class int32
	w     float32
}

// exact returns p's averaged weights at full precision.
func (p *perceptron) exact() exactWeights {
	out := make(exactWeights, len(p.weights))
	for f, ws := range p.weights {
		row := make([]exactWeight, len(ws))
		for k, e := range ws {
			total := e.total + float64(p.step-e.last)*e.w
			row[k] = exactWeight{class: e.class, w: averagedWeight(total)}
		}
		sort.Slice(row, func(i, j int) bool { return row[i].class < row[j].class })
		out[f] = row
	}
	return out
}

// score adds the weights of feats to scores, feature by feature.
func (x exactWeights) score(feats []feature, scores []float32) {
	for _, f := range feats {
		for _, e := range x[f] {
			scores[e.class] += e.w
		}
	}
}

// trainHeldOutTagger trains a tagger on exs as trainTagger does.
func trainHeldOutTagger(exs []example, tags labels, iters int, seed int64, lexical bool) *heldOutTagger {
	dict, p1, p2 := trainTaggerPasses(exs, tags, iters, seed, lexical)
	return &heldOutTagger{tags: tags.names, dict: dict, lexical: lexical, first: p1.exact(), second: p2.exact()}
}

// tag returns the tag class of each word.
func (t *heldOutTagger) tag(infos []wordInfo) []int {
	first := tagPass(t.dict, len(t.tags), t.first.score, infos, nil, t.lexical)
	return tagPass(t.dict, len(t.tags), t.second.score, infos, first, t.lexical)
}
