package archive

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestSeveralSourcesSavedAndSearched saves a brief of two sources: it reads
// back unchanged, and words found only in the second source's text or
// title find it, with a snippet from that text for a word of the text.
func TestSeveralSourcesSavedAndSearched(t *testing.T) {
	a, err := Open(filepath.Join(t.TempDir(), "a.db"), Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b := genBriefSeed(7)
	text := "Talks in Quixotic Bay ended late. The delegations agreed to meet again."
	b.AddSource(briefing.Source{Text: text, Title: "Wire report from Yarrowdale", Published: "2024-03-06",
		Sentences: []briefing.Span{{Start: 0, End: 34}, {Start: 35, End: len(text)}}})
	b.Summary = append(b.Summary, briefing.Item{Text: "The delegations agreed to meet again.",
		Spans: []briefing.Span{{Start: 35, End: len(text), Source: "B"}}})
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	id := mustSave(t, a, b)
	got, err := a.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := b.MarshalIndent()
	if have, _ := got.MarshalIndent(); !bytes.Equal(have, want) {
		t.Fatalf("two-source brief changed in the archive:\n got %.500s\nwant %.500s", have, want)
	}
	for q, snippet := range map[string]string{"quixotic": "Quixotic Bay", "yarrowdale": ""} {
		hits, err := a.Search(q, 5)
		if err != nil || len(hits) != 1 || hits[0].ID != id {
			t.Errorf("Search(%q) = %v, %v; want the two-source brief", q, hits, err)
			continue
		}
		if !strings.Contains(hits[0].Snippet, snippet) {
			t.Errorf("Search(%q) snippet = %q", q, hits[0].Snippet)
		}
	}
}
