package merge

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft"
)

// Article is one article to draft: its text and the drafting options
// (published date, title, URL …) as draft.Draft takes them.
type Article struct {
	Text    string
	Options draft.Options
}

// Draft drafts each article, as many at a time as the machine runs
// goroutines in parallel (GOMAXPROCS), and merges the drafts in the
// order given (see Merge): the first article is source A. An article that
// cannot be drafted fails the whole, with an error naming its source.
func Draft(articles []Article) (*briefing.Brief, error) {
	if len(articles) == 0 {
		return nil, fmt.Errorf("nothing to draft: give at least one article")
	}
	briefs := make([]*briefing.Brief, len(articles))
	errs := make([]error, len(articles))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(articles)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				briefs[i], errs[i] = draft.Draft(articles[i].Text, articles[i].Options)
			}
		}()
	}
	for i := range articles {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("source %s: %w", briefing.SourceID(i), err)
		}
	}
	return Merge(briefs...)
}
