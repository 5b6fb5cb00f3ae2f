package draft

import (
	"math"
	"sort"

	"github.com/kljensen/snowball/english"

	"github.com/briefdesk/briefdesk/briefing"
)

// Summary ranking: TextRank over stemmed, stop-word-free sentences,
// personalised towards the lead of the article, then picked by maximal
// marginal relevance so that no two summary sentences say the same thing.
const (
	rankDamping    = 0.85 // share of a sentence's rank that comes from its neighbours
	rankIterations = 40
	rankTolerance  = 1e-7
	leadDecay      = 0.5  // lead prior ∝ 1/(position+1)^leadDecay
	leadBoost      = 3.0  // in presenting the picks, the k-th sentence's rank counts 1 + leadBoost/k times
	mmrLambda      = 0.75 // relevance against novelty
	maxShared      = 64   // a term in more sentences than this links none (it says little, and keeps ranking linear)
	maxLikeness    = 0.7  // a sentence this like one already picked is a repeat, never picked
	pastWeight     = 0.6  // rank kept by a sentence dated only before the article's time: background, not news
)

// articleYear is the year the article speaks from: the year of
// publication, or the latest year the article names when that is earlier
// (an old article drafted today).
func articleYear(d *document, ds []dateMark) string {
	ref := d.published.Format("2006")
	latest := ""
	for _, m := range ds {
		if len(m.value) >= 4 && m.value[:4] > latest && m.value[:4] <= ref {
			latest = m.value[:4]
		}
	}
	if latest != "" {
		return latest
	}
	return ref
}

// pastOnly reports, for each sentence, whether all its dates fall in years
// before the article's time: the publication year, or the latest year the
// article names when that is earlier.
func pastOnly(d *document, body []int) []bool {
	ds := dateMarks(d)
	ref := articleYear(d, ds)
	out := make([]bool, len(body))
	for k, si := range body {
		sp := d.sentences[si]
		in := datesWithin(ds, sp.Start, sp.End)
		out[k] = len(in) > 0
		for _, m := range in {
			if len(m.value) < 4 || m.value[:4] >= ref {
				out[k] = false
			}
		}
	}
	return out
}

// summarise picks three to five sentences of the body, the most important
// first.
func summarise(d *document) []briefing.Item {
	body := bodySentences(d)
	if len(body) == 0 {
		return []briefing.Item{}
	}
	terms := sentenceTerms(d, body)
	scores := textRank(terms)
	for k, past := range pastOnly(d, body) {
		if past {
			scores[k] *= pastWeight
		}
	}
	picked := mmrPick(terms, scores, summaryLength(len(body)))
	// Present the picks most important first, where importance also counts
	// the news convention of putting the main point in the lead.
	sort.SliceStable(picked, func(a, b int) bool {
		return scores[picked[a]]*(1+leadBoost/float64(picked[a]+1)) > scores[picked[b]]*(1+leadBoost/float64(picked[b]+1))
	})
	items := make([]briefing.Item, 0, len(picked))
	for _, k := range picked {
		sp := d.sentences[body[k]]
		items = append(items, briefing.Item{Text: sentenceItemText(d, sp), Spans: []briefing.Span{sp}})
	}
	return items
}

// summaryLength adapts the summary to the article: three sentences for a
// short piece, up to five for a long one.
func summaryLength(n int) int {
	switch {
	case n <= 3:
		return n
	case n <= 8:
		return 3
	case n <= 16:
		return 4
	}
	return 5
}

// sentenceTerms returns, for each sentence, the sorted ids of its stemmed
// words, stop words left out.
func sentenceTerms(d *document, body []int) [][]int {
	ids := map[string]int{}
	stems := map[string]string{}
	out := make([][]int, len(body))
	for k, si := range body {
		seen := map[int]bool{}
		for _, t := range d.clauseTokens(si) {
			if !t.word || len(t.lower) < 2 || english.IsStopWord(t.lower) {
				continue
			}
			stem, ok := stems[t.lower]
			if !ok {
				stem = english.Stem(t.lower, false)
				stems[t.lower] = stem
			}
			id, ok := ids[stem]
			if !ok {
				id = len(ids)
				ids[stem] = id
			}
			if !seen[id] {
				seen[id] = true
				out[k] = append(out[k], id)
			}
		}
		sort.Ints(out[k])
	}
	return out
}

// rankEdge is a weighted link of the sentence graph.
type rankEdge struct {
	to int
	w  float64
}

// sentenceGraph links sentences that share terms, weighted by TextRank's
// overlap / (log|a| + log|b|). Pairs are found through the terms, so the
// cost grows with the shared terms, not with the square of the sentences.
func sentenceGraph(terms [][]int) [][]rankEdge {
	postings := map[int][]int{}
	for k, ts := range terms {
		for _, t := range ts {
			postings[t] = append(postings[t], k)
		}
	}
	graph := make([][]rankEdge, len(terms))
	shared := make([]int, len(terms))
	var touched []int
	for a, ts := range terms {
		touched = touched[:0]
		for _, t := range ts {
			list := postings[t]
			if len(list) > maxShared {
				continue
			}
			for _, b := range list {
				if b <= a {
					continue
				}
				if shared[b] == 0 {
					touched = append(touched, b)
				}
				shared[b]++
			}
		}
		sort.Ints(touched)
		for _, b := range touched {
			w := float64(shared[b]) / (math.Log(float64(len(terms[a])+1)) + math.Log(float64(len(terms[b])+1)))
			graph[a] = append(graph[a], rankEdge{b, w})
			graph[b] = append(graph[b], rankEdge{a, w})
			shared[b] = 0
		}
	}
	return graph
}

// textRank ranks sentences by personalised PageRank over the sentence
// graph, with the lead prior as the teleport distribution.
func textRank(terms [][]int) []float64 {
	n := len(terms)
	graph := sentenceGraph(terms)
	prior := make([]float64, n)
	var total float64
	for k := range prior {
		prior[k] = 1 / math.Pow(float64(k+1), leadDecay)
		total += prior[k]
	}
	out := make([]float64, n)
	for k := range prior {
		prior[k] /= total
		out[k] = prior[k]
	}
	outW := make([]float64, n)
	for k, es := range graph {
		for _, e := range es {
			outW[k] += e.w
		}
	}
	next := make([]float64, n)
	for it := 0; it < rankIterations; it++ {
		var dangling float64
		for k := range out {
			if outW[k] == 0 {
				dangling += out[k]
			}
		}
		for k := range next {
			next[k] = (1-rankDamping)*prior[k] + rankDamping*dangling*prior[k]
		}
		for k, es := range graph {
			if outW[k] == 0 {
				continue
			}
			share := rankDamping * out[k] / outW[k]
			for _, e := range es {
				next[e.to] += share * e.w
			}
		}
		var delta float64
		for k := range out {
			delta += math.Abs(next[k] - out[k])
		}
		out, next = next, out
		if delta < rankTolerance {
			break
		}
	}
	return out
}

// mmrPick picks k sentences by maximal marginal relevance: each next pick
// is the sentence whose rank, less its likeness to those already picked,
// is highest.
func mmrPick(terms [][]int, scores []float64, k int) []int {
	var top float64
	for _, s := range scores {
		top = math.Max(top, s)
	}
	if top == 0 {
		top = 1
	}
	var picked []int
	used := make([]bool, len(scores))
	for len(picked) < k {
		best, bestVal := -1, math.Inf(-1)
		for c := range scores {
			if used[c] || len(terms[c]) == 0 {
				continue
			}
			var sim float64
			for _, p := range picked {
				sim = math.Max(sim, cosine(terms[c], terms[p]))
			}
			if sim >= maxLikeness {
				continue
			}
			if v := mmrLambda*scores[c]/top - (1-mmrLambda)*sim; v > bestVal {
				best, bestVal = c, v
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		picked = append(picked, best)
	}
	return picked
}

// cosine is the cosine likeness of two sorted term sets.
func cosine(a, b []int) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(n) / math.Sqrt(float64(len(a))*float64(len(b)))
}
