// Package drafttest builds analysed documents for the tests of the
// drafting stages: the text and syntax stages run on a test's sentences,
// so that each stage's tests run it on real parses.
package drafttest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Doc returns src split into sentences (page furniture included),
// tokenised and parsed, published on the day given as YYYY-MM-DD.
func Doc(tb testing.TB, src, published string) *doc.Document {
	tb.Helper()
	return analysed(tb, src, published, text.Segment(src), nil)
}

// Page returns src analysed as Doc does, with its page furniture split
// off the sentences as drafting splits it.
func Page(tb testing.TB, src, published string) *doc.Document {
	tb.Helper()
	all, kinds := text.SegmentMarked(src)
	sentences, furniture := text.SplitFurniture(all, kinds)
	return analysed(tb, src, published, sentences, furniture)
}

// analysed tokenises and parses the sentences of src.
func analysed(tb testing.TB, src, published string, sentences, furniture []briefing.Span) *doc.Document {
	tb.Helper()
	day, err := time.Parse("2006-01-02", published)
	if err != nil {
		tb.Fatal(err)
	}
	d := &doc.Document{Text: src, Published: day, Sentences: sentences, Furniture: furniture}
	text.IndexTokens(d)
	if d.Parsed, err = text.Parse(d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// Marked returns src analysed as Doc does, published on 2020-08-31, with
// the parties and dates given as "Name|alias/kind[/role]" and "text=value"
// marks instead of found, so that a later stage is tested on its own.
func Marked(tb testing.TB, src string, parties, dates []string) *doc.Document {
	tb.Helper()
	d := Doc(tb, src, "2020-08-31")
	for _, p := range parties {
		name, kind, _ := strings.Cut(p, "/")
		kind, role, _ := strings.Cut(kind, "/")
		names := strings.Split(name, "|")
		party := briefing.Party{Name: names[0], Kind: kind, Role: role}
		for _, n := range names {
			party.Mentions = append(party.Mentions, occurrences(src, n)...)
		}
		d.Parties = append(d.Parties, party)
	}
	for _, dv := range dates {
		surface, value, _ := strings.Cut(dv, "=")
		d.Dates = append(d.Dates, briefing.DateRef{Text: surface, Value: value, Spans: occurrences(src, surface)})
	}
	return d
}

// occurrences returns the spans of every whole-word occurrence of s.
func occurrences(src, s string) []briefing.Span {
	var out []briefing.Span
	for from := 0; ; {
		k := strings.Index(src[from:], s)
		if k < 0 {
			return out
		}
		a, b := from+k, from+k+len(s)
		if (a == 0 || !text.IsWordRune(rune(src[a-1]))) && (b == len(src) || !text.IsWordRune(rune(src[b]))) {
			out = append(out, briefing.Span{Start: a, End: b})
		}
		from = b
	}
}

// Paragraphs joins sentences into an article, one paragraph each.
func Paragraphs(sentences ...string) string { return strings.Join(sentences, "\n\n") }

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
