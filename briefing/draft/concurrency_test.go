package draft

import (
	"reflect"
	"sync"
	"testing"
)

// TestStagesConcurrent runs the stages on the same text from several
// goroutines (run with -race): the shared models are read-only.
func TestStagesConcurrent(t *testing.T) {
	text := readExample(t)
	want := draftDoc(t, text, "2020-08-31")
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := draftDoc(t, text, "2020-08-31")
			if !reflect.DeepEqual(got.sentences, want.sentences) || !reflect.DeepEqual(got.parties, want.parties) ||
				!reflect.DeepEqual(got.dates, want.dates) || !reflect.DeepEqual(got.figures, want.figures) {
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
