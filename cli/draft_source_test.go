package cli

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// TestDraftURL drafts from a web address served by a test server: the
// brief's source keeps the address and the fetch time; a site that cannot
// be reached is reported with what to do instead.
func TestDraftURL(t *testing.T) {
	page := `<html><head><meta property="og:title" content="Fisheries pact signed">
<meta name="author" content="Leila Amrani">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article>
<p>RABAT – Morocco and Spain signed a four-year fisheries agreement on Monday, allowing 92 Spanish boats to fish off the Moroccan coast.</p>
<p>Spain will pay 52 million euros a year under the deal, the agriculture ministry said in a statement after the signing ceremony.</p>
</article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/pact" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer srv.Close()

	code, out, errOut := run(t, "", "draft", "--json", srv.URL+"/pact")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var b struct {
		Source struct{ Text, Title, URL, Published, Author, Fetched string }
	}
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	s := b.Source
	if s.Title != "Fisheries pact signed" || s.URL != srv.URL+"/pact" || s.Published != "2024-03-05" ||
		s.Author != "Leila Amrani" || !strings.HasPrefix(s.Text, "RABAT – Morocco and Spain signed") {
		t.Errorf("source = %+v", s)
	}
	if _, err := time.Parse(time.RFC3339, s.Fetched); err != nil {
		t.Errorf("fetched %q: %v", s.Fetched, err)
	}

	code, _, errOut = run(t, "", "draft", srv.URL+"/gone")
	if code != ExitFailure || !strings.Contains(errOut, "/gone: the page was not found (HTTP 404 Not Found)") {
		t.Errorf("404: exit %d, stderr %q", code, errOut)
	}
	srv.Close()
	code, _, errOut = run(t, "", "draft", srv.URL+"/pact")
	if code != ExitFailure || !strings.Contains(errOut, "No network, or the site is blocked") ||
		!strings.Contains(errOut, "open the saved file") {
		t.Errorf("offline: exit %d, stderr %q", code, errOut)
	}
}
