package pdf

import (
	"strings"
	"testing"
)

// TestSourceRetrieved prints when a web article was fetched beside its
// publication date, and nothing of the kind for an article from a file.
func TestSourceRetrieved(t *testing.T) {
	b := exampleBrief(t)
	for _, fetched := range []string{"2026-11-30T06:05:00Z", ""} {
		b.Source.Fetched = fetched
		data, err := Render(b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		path := writeTemp(t, "brief.pdf", data)
		text := strings.Join(strings.Fields(tool(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
		if got := strings.Contains(text, "retrieved 30 Nov 2026"); got != (fetched != "") {
			t.Errorf("fetched %q: retrieved date shown %v", fetched, got)
		}
		if !strings.Contains(text, "published 31 Aug 2020") {
			t.Errorf("fetched %q: no published date", fetched)
		}
	}
}
