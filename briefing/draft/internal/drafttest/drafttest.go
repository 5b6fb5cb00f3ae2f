// Package drafttest builds analysed documents for the tests of the
// drafting stages: the text and syntax stages run on a test's sentences,
// so that each stage's tests run it on real parses.
package drafttest

import (
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
