package syntax

import (
	"errors"
	"math/rand"
)

// tagDictionary maps words seen often with one tag only to that tag: at
// least minCount times and that tag at least share of the time.
func tagDictionary(exs []example, minCount int, share float64) map[string]int {
	counts := map[string]map[int]int{}
	for _, e := range exs {
		for i, inf := range e.infos {
			m := counts[inf.normS]
			if m == nil {
				m = map[int]int{}
				counts[inf.normS] = m
			}
			m[e.tags[i]]++
		}
	}
	dict := map[string]int{}
	for w, m := range counts {
		total, best, bestN := 0, 0, -1
		for t, n := range m {
			total += n
			if n > bestN || n == bestN && t < best {
				best, bestN = t, n
			}
		}
		if total >= minCount && float64(bestN) >= share*float64(total) {
			dict[w] = best
		}
	}
	return dict
}

// trainTagger trains both passes of a tagger over exs for iters iterations,
// in an order shuffled by seed; lexical as for tagFeatures. The second pass learns from the first
// pass's online predictions, which are made before the first pass learns
// from the sentence, so they are as wrong as they will be on new text.
func trainTagger(exs []example, tags labels, iters int, seed int64, lexical bool) (*Tagger, error) {
	dict, p1, p2 := trainTaggerPasses(exs, tags, iters, seed, lexical)
	t := &Tagger{tags: tags.names, dict: dict, lexical: lexical}
	var err1, err2 error
	t.first, err1 = p1.average()
	t.second, err2 = p2.average()
	return t, errors.Join(err1, err2)
}

// trainTaggerPasses returns the tag dictionary of exs and the perceptrons of
// both passes trained on exs.
func trainTaggerPasses(exs []example, tags labels, iters int, seed int64, lexical bool) (map[string]int, *perceptron, *perceptron) {
	dict := tagDictionary(exs, 20, 0.995)
	p1, p2 := newPerceptron(len(tags.names)), newPerceptron(len(tags.names))
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(exs))
	for k := range order {
		order[k] = k
	}
	scores := make([]float64, len(tags.names))
	var feats []feature
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := &exs[k]
			first := make([]int, 0, len(e.forms))
			for i := range e.infos {
				feats = tagFeatures(feats[:0], e.infos, i, first, nil, lexical)
				guess := bestOf(p1, feats, scores)
				p1.update(e.tags[i], guess, feats)
				first = append(first, guess)
			}
			second := make([]int, 0, len(e.forms))
			for i := range e.infos {
				feats = tagFeatures(feats[:0], e.infos, i, second, first, lexical)
				guess := bestOf(p2, feats, scores)
				p2.update(e.tags[i], guess, feats)
				second = append(second, guess)
			}
		}
	}
	return dict, p1, p2
}

// bestOf returns the best-scoring class of feats under p.
func bestOf(p *perceptron, feats []feature, scores []float64) int {
	clear(scores)
	p.score(feats, scores)
	best := 0
	for k, s := range scores {
		if s > scores[best] {
			best = k
		}
	}
	return best
}
