package draft

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// goldBrief is the part of a gold brief (testdata/gold_own.jsonl, articles
// of other genres written for the tests) the tests read.
type goldBrief struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
	Dates     []struct {
		Quote string `json:"quote"`
		Value string `json:"value"`
	} `json:"dates"`
	Commitments []goldCommitment `json:"commitments"`
	Parties     []struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Role    string   `json:"role"`
		Aliases []string `json:"aliases"`
	} `json:"parties"`
}

func readGoldOwn(t *testing.T) []goldBrief {
	t.Helper()
	f, err := os.Open("testdata/gold_own.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldBrief
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g goldBrief
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

// goldOwn holds the gold briefs and their drafts, made once for all the
// tests that score them.
var goldOwn struct {
	once   sync.Once
	golds  []goldBrief
	briefs []*briefing.Brief
	err    error
}

// draftedGoldOwn returns the gold briefs and the draft of each, drafted
// once, on as many goroutines as the machine runs at once.
func draftedGoldOwn(t *testing.T) ([]goldBrief, []*briefing.Brief) {
	t.Helper()
	golds := readGoldOwn(t)
	goldOwn.once.Do(func() {
		goldOwn.golds, goldOwn.briefs = golds, make([]*briefing.Brief, len(golds))
		errs := make([]error, len(golds))
		next := make(chan int)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					goldOwn.briefs[i], errs[i] = draftGold(golds[i])
				}
			}()
		}
		for i := range golds {
			next <- i
		}
		close(next)
		wg.Wait()
		goldOwn.err = errors.Join(errs...)
	})
	if goldOwn.err != nil {
		t.Fatal(goldOwn.err)
	}
	return goldOwn.golds, goldOwn.briefs
}

// draftGold drafts a gold brief's article as of its publication date.
func draftGold(g goldBrief) (*briefing.Brief, error) {
	pub, err := time.Parse("2006-01-02", g.Published)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", g.ID, err)
	}
	b, err := Draft(g.Text, Options{Published: pub})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", g.ID, err)
	}
	return b, nil
}
