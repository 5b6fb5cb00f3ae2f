package draft

import (
	"reflect"
	"sync"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// TestStagesConcurrent runs the stages on the same text from several
// goroutines (run with -race): the shared models are read-only.
func TestStagesConcurrent(t *testing.T) {
	text := drafttest.Example(t)
	want := pipelineDoc(t, text, "2020-08-31")
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := pipelineDoc(t, text, "2020-08-31")
			if !reflect.DeepEqual(got.Sentences, want.Sentences) || !reflect.DeepEqual(got.Parties, want.Parties) ||
				!reflect.DeepEqual(got.Dates, want.Dates) || !reflect.DeepEqual(got.Figures, want.Figures) {
				errs <- "a concurrent run gave a different result"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
