package archive

import (
	"math/rand/v2"
	"sync"
	"testing"
)

// TestConcurrentUse saves, reads, lists and searches from several
// goroutines at once (run with -race).
func TestConcurrentUse(t *testing.T) {
	a := openTemp(t)
	a.db.NoSync = true
	var wg sync.WaitGroup
	ids := make(chan string, 40)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 1))
			for range 10 {
				id, err := a.Save(genBrief(r))
				if err != nil {
					t.Error(err)
					return
				}
				ids <- id
				if _, err := a.Search("minister trade", 5); err != nil {
					t.Error(err)
				}
				if _, err := a.List(ListOptions{Limit: 5}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	close(ids)
	seen := map[string]bool{}
	for id := range ids {
		if seen[id] {
			t.Errorf("ID %s given twice", id)
		}
		seen[id] = true
		if _, err := a.Get(id); err != nil {
			t.Error(err)
		}
	}
	if n, _ := a.Count(ListOptions{}); n != 40 {
		t.Errorf("Count = %d, want 40", n)
	}
}
