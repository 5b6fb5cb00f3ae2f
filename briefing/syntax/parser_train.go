package syntax

import "math/rand"

// trainParser trains the parser over exs for iters iterations with the
// dynamic oracle: after the first iteration it follows its own prediction
// (with probability explore) and learns the best move from wherever it is.
// tags are the tag classes the parser sees for each example (predicted by a
// tagger that did not train on it). pr holds the tag tables of the
// features to learn (see Parser); trainParser sets its relations and weights.
func trainParser(exs []example, tags [][]int, pr *Parser, rels labels, iters int, seed int64, explore float64) (*Parser, error) {
	nRel := len(rels.names)
	classes := 2 + 2*nRel
	p := newPerceptron(classes)
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(exs))
	for k := range order {
		order[k] = k
	}
	scores := make([]float64, classes)
	cost := make([]int, classes)
	var feats []feature
	var s *state
	var ctx *parseContext
	relNone := uint64(nRel)
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := &exs[k]
			n := len(e.forms)
			gold := make([]int, n+1)
			goldRel := make([]int, n+1)
			for i := 0; i < n; i++ {
				gold[i+1], goldRel[i+1] = e.heads[i]+1, e.rels[i]
			}
			s = newState(n, s)
			ctx = newParseContext(e.infos, tags[k], pr, ctx)
			for !s.done() {
				feats = parseFeatures(feats[:0], s, ctx, relNone)
				clear(scores)
				p.score(feats, scores)
				s.costs(gold, goldRel, nRel, cost)
				guess, best := -1, -1
				minCost := -1
				for t := range cost {
					if cost[t] >= 0 && (minCost < 0 || cost[t] < minCost) {
						minCost = cost[t]
					}
				}
				for t, c := range cost {
					if c < 0 {
						continue
					}
					if guess < 0 || scores[t] > scores[guess] {
						guess = t
					}
					if c == minCost && (best < 0 || scores[t] > scores[best]) {
						best = t
					}
				}
				if cost[guess] > minCost {
					p.update(best, guess, feats)
				} else {
					p.tick()
				}
				next := best
				if it > 0 && rng.Float64() < explore {
					next = guess
				}
				s.apply(next)
			}
		}
	}
	w, err := p.average()
	pr.rels, pr.w = rels.names, w
	return pr, err
}
