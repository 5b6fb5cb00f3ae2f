package summary

import (
	"math"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// Features returns the body sentences of an analysed document (indices
// into its Sentences) and the features the summary's ranker weighs for
// each, in the order of FeatureNames: what the ranker is trained on.
func Features(d *doc.Document) (body []int, x [][]float64) {
	body = summaryBody(d)
	if len(body) == 0 {
		return body, nil
	}
	terms, title := bodyTerms(d, body)
	return body, features(d, body, terms, title, textRank(terms), LeadSentence(d, body))
}

// FeatureNames names the ranker's features, in order.
var FeatureNames = [numFeatures]string{
	"bias", "first", "near top", "position", "log words", "rank", "quote", "quoted", "past",
	"leans", "figures", "parties", "lead parties", "lead like", "title like", "dated", "opener",
}

// rankerScore is the ranker's estimate that a sentence with features x
// belongs in a summary: a logistic model with rankWeights.
func rankerScore(x []float64) float64 {
	z := 0.0
	for i, w := range rankWeights {
		z += w * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}
