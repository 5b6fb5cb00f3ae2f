package draft

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDraftSurvivesEdits drafts many randomly edited copies of real articles
// (cuts, pasted fragments, stray line breaks and quotes, as in hurried
// pastes) and checks that drafting never panics and always validates.
func TestDraftSurvivesEdits(t *testing.T) {
	t.Parallel() // drafts many articles: runs beside the other long tests
	var articles []string
	for _, pattern := range []string{"../../testdata/*.txt", "testdata/bench_*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			articles = append(articles, string(data))
		}
	}
	if len(articles) == 0 {
		t.Fatal("no articles found")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	fragments := []string{"\n", "\n\n", " ", "“", "”", "’s", ". ", " of the", "President of the", " (", ")", "–", "..."}
	published := time.Date(2020, 8, 31, 0, 0, 0, 0, time.UTC)
	runs := 600
	if testing.Short() {
		runs = 50
	}
	for n := range runs {
		text := articles[n%len(articles)]
		if len(text) > 4000 {
			start := rng.IntN(len(text) - 4000)
			text = text[start : start+4000]
		}
		for range 1 + rng.IntN(6) {
			i, j := rng.IntN(len(text)+1), rng.IntN(len(text)+1)
			i, j = min(i, j), max(i, j)
			switch rng.IntN(3) {
			case 0: // cut
				text = text[:i] + text[j:]
			case 1: // paste a fragment
				text = text[:i] + fragments[rng.IntN(len(fragments))] + text[i:]
			default: // paste a piece of the text elsewhere
				k := rng.IntN(len(text) + 1)
				text = text[:k] + text[i:j] + text[k:]
			}
		}
		b, err := Draft(text, Options{Published: published})
		if err != nil {
			if strings.TrimSpace(text) == "" {
				continue
			}
			t.Fatalf("edit %d: %v", n, err)
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("edit %d: brief does not validate: %v\ntext: %q", n, err, text)
		}
	}
}
