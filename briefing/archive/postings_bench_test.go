package archive

import (
	"math/rand/v2"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// BenchmarkPostings measures the index terms of one generated brief: the
// text work of every save.
func BenchmarkPostings(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 7))
	briefs := make([]*briefing.Brief, 64)
	for i := range briefs {
		briefs[i] = genBrief(r)
	}
	b.ResetTimer()
	for i := range b.N {
		postings(briefs[i%len(briefs)])
	}
}
