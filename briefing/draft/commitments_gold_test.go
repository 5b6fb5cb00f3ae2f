package draft

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// goldCommitment is the part of a gold commitment the test reads.
type goldCommitment struct {
	Quote  string   `json:"quote"`
	Actors []string `json:"actors"`
	Status string   `json:"status"`
}

// The commitments of the gold briefs of other genres are drafted as the
// brief scorer counts them: a drafted commitment is right when its span
// overlaps a gold quote not yet taken and one of its actors names one of
// the gold actors (name, alias or substring either way).
func TestCommitmentsGoldOwn(t *testing.T) {
	t.Parallel() // drafts many articles: runs beside the other long tests
	right, drafted, gold, status := 0, 0, 0, 0
	golds, briefs := draftedGoldOwn(t)
	for i, g := range golds {
		b := briefs[i]
		gold += len(g.Commitments)
		taken := map[int]bool{}
		for _, c := range b.Commitments {
			drafted++
			k := matchGoldCommitment(b, g.Text, c, g.Commitments, taken)
			if k < 0 {
				t.Logf("%s: not in the gold brief: %s %v %q", g.ID, c.Status, c.Actors, c.Text)
				continue
			}
			taken[k] = true
			right++
			if c.Status == g.Commitments[k].Status {
				status++
			}
		}
	}
	t.Logf("commitments: precision %d/%d, recall %d/%d, status %d/%d", right, drafted, right, gold, status, right)
	if drafted == 0 || gold == 0 || right*100 < 70*drafted || right*100 < 63*gold || status*100 < 82*right {
		t.Errorf("commitments: precision %d/%d, recall %d/%d, status %d/%d; want at least 70 %%, 63 %% and 82 %%",
			right, drafted, right, gold, status, right)
	}
}

// matchGoldCommitment returns the index of the gold commitment c matches,
// or -1.
func matchGoldCommitment(b *briefing.Brief, text string, c briefing.Commitment, gold []goldCommitment, taken map[int]bool) int {
	for k, gc := range gold {
		at := strings.Index(text, gc.Quote)
		if taken[k] || at < 0 || len(c.Spans) == 0 || c.Spans[0].End <= at || c.Spans[0].Start >= at+len(gc.Quote) {
			continue
		}
		for _, a := range c.Actors {
			for _, ga := range gc.Actors {
				if namesGoldActor(b, a, ga) {
					return k
				}
			}
		}
	}
	return -1
}

// namesGoldActor reports whether a drafted actor names a gold actor: the
// same name, one inside the other, or an alias of the drafted party.
func namesGoldActor(b *briefing.Brief, actor, gold string) bool {
	names := []string{actor}
	for _, p := range b.Parties {
		if p.Name == actor {
			names = append(names, p.Aliases...)
		}
	}
	g := strings.ToLower(gold)
	for _, n := range names {
		n = strings.ToLower(n)
		if n != "" && (n == g || strings.Contains(n, g) || strings.Contains(g, n)) {
			return true
		}
	}
	return false
}
