package draft

import (
	"bufio"
	"encoding/json"
	"os"
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

// draftGold drafts a gold brief's article as of its publication date.
func draftGold(t *testing.T, g goldBrief) *briefing.Brief {
	t.Helper()
	pub, err := time.Parse("2006-01-02", g.Published)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Draft(g.Text, Options{Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	return b
}
