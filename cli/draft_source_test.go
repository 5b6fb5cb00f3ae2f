package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDraftReadsFileTypes drafts from a web page: its title, address and
// publication date are used unless a flag overrides them.
func TestDraftReadsFileTypes(t *testing.T) {
	page := filepath.Join(t.TempDir(), "article.html")
	html := `<html><head><meta property="og:title" content="Talks in Rabat">
<link rel="canonical" href="https://news.example/rabat">
<meta property="article:published_time" content="2024-03-05T23:30:00-05:00"></head>
<body><nav><p>Home</p></nav><article><p>Morocco and Spain signed a fisheries agreement on Monday in Rabat.</p></article></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                        string
		args                        []string
		title, url, published, text string
	}{
		{"from the file", []string{page}, "Talks in Rabat", "https://news.example/rabat", "2024-03-05",
			"Morocco and Spain signed a fisheries agreement on Monday in Rabat."},
		{"flags win", []string{"--title", "T", "--url", "https://u.example/", "--published", "2024-01-02", page},
			"T", "https://u.example/", "2024-01-02", "Morocco and Spain signed a fisheries agreement on Monday in Rabat."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, "", append([]string{"draft", "--json"}, tt.args...)...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var b struct {
				Source struct{ Text, Title, URL, Published string }
			}
			if err := json.Unmarshal([]byte(out), &b); err != nil {
				t.Fatal(err)
			}
			got := [4]string{b.Source.Title, b.Source.URL, b.Source.Published, b.Source.Text}
			want := [4]string{tt.title, tt.url, tt.published, tt.text}
			if got != want {
				t.Errorf("source = %q, want %q", got, want)
			}
		})
	}
}

func TestDraftFileErrors(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "paper.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "", "draft", pdf)
	if code != ExitFailure || !strings.Contains(errOut, "BriefDesk cannot read .pdf files") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	// Standard input stays plain text, whatever it looks like.
	code, out, errOut := run(t, "<p>Morocco and Spain signed an agreement on Monday.</p>", "draft", "--json", "-")
	if code != ExitOK || !strings.Contains(out, `"text": "<p>Morocco`) {
		t.Errorf("stdin: exit %d, stderr %q, out %.200q", code, errOut, out)
	}
}
