// Package drafttest builds analysed documents for the tests of the
// drafting stages: the text and syntax stages run on a test's sentences,
// so that each stage's tests run it on real parses.
package drafttest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Doc returns src split into sentences (page furniture included) and
// parsed, published on the day given as YYYY-MM-DD.
func Doc(tb testing.TB, src, published string) *doc.Document {
	tb.Helper()
	day, err := time.Parse("2006-01-02", published)
	if err != nil {
		tb.Fatal(err)
	}
	d := &doc.Document{Text: src, Published: day, Sentences: text.Segment(src)}
	if d.Parsed, err = text.Parse(d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// Example returns the example article of the repository's testdata
// (testdata/morocco-china-call.txt), whichever package's test reads it: a
// test runs in its package's folder, below the module's root.
func Example(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
	data, err := os.ReadFile(filepath.Join(dir, "testdata", "morocco-china-call.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}
