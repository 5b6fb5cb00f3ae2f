package source

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files and generated test files in testdata/")

// TestReadTestdata reads every kind of sample file and compares the text
// with its golden file (testdata/NAME.golden; rewrite with -update).
func TestReadTestdata(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		url       string
		published string // RFC 3339, "" for none
		contains  []string
		absent    []string
	}{
		{
			file:      "news-page.html",
			title:     "Morocco and China pledge closer ties in phone call",
			url:       "https://news.example.org/world/africa/morocco-china-call",
			published: "2024-03-05T09:30:00+01:00",
			contains: []string{"RABAT – Morocco’s King", "Xi invited the king", "in 2017,\nand trade",
				"Energy projects", "“Our partnership is strategic,”"},
			absent: []string{"cookie", "Accept all", "World", "Skip to", "Jane Doe", "Photo: Reuters",
				"Share on", "Advertisement", "Related", "consulate", "newsletter",
				"Subscribe", "Topics:", "Great article", "Most read", "rights reserved", "free articles",
				"Tracking", "JavaScript", "dataLayer", "not article text", "Search"},
		},
		{
			file: "windows-1252.html", title: "Café society", published: "2023-11-20T00:00:00Z",
			contains: []string{"“The café opened in 1998,” she said – and it still serves €2 coffee."},
		},
		{
			file: "alternative.eml", title: "Ministers agree water-sharing plan",
			published: "2024-06-11T14:05:00+02:00",
			contains:  []string{"The ministers of Jordan and Israel agreed on Tuesday", "an extra 50 million cubic metres"},
			absent:    []string{"<p>", "HTML version"},
		},
		{
			file: "html-only.eml", title: "Élection à Genève", url: "https://journal.example.ch/geneve",
			published: "2024-02-02T07:00:00Z",
			contains:  []string{"Les électeurs de Genève ont approuvé", "à 54 %"},
			absent:    []string{"Se désabonner"},
		},
		{
			file: "report.docx", title: "Port agreement signed",
			contains: []string{"The port authorities of Tangier and Algeciras signed", "Cargo\tTonnes",
				"Second line\nafter a break", "Text box note"},
			absent: []string{"withdrawn wording", "HYPERLINK", "Fallback copy"},
		},
		{file: "utf8.md", contains: []string{"# Summit in Nairobi", "Kenya’s president"}},
		{file: "utf8-bom.txt", contains: []string{"Zoë Saldaña"}},
		{file: "utf16le.txt", contains: []string{"Łódź – 12 °C"}},
		{file: "utf16be.text", contains: []string{"東京で会談"}},
		{file: "windows-1252.txt", contains: []string{"“Smart quotes” cost €5 – naïve café"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			s, err := ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if s.Title != tt.title || s.URL != tt.url {
				t.Errorf("title, url = %q, %q; want %q, %q", s.Title, s.URL, tt.title, tt.url)
			}
			if got := formatTime(s.Published); got != tt.published {
				t.Errorf("published = %q, want %q", got, tt.published)
			}
			for _, want := range tt.contains {
				if !strings.Contains(s.Text, want) {
					t.Errorf("text lacks %q", want)
				}
			}
			for _, bad := range tt.absent {
				if strings.Contains(s.Text, bad) {
					t.Errorf("text holds %q", bad)
				}
			}
			checkGolden(t, filepath.Join("testdata", tt.file+".golden"), s.Text)
		})
	}
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// checkGolden compares got with a golden file, rewriting it with -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("text differs from %s:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// checkSource checks what every reader promises: valid UTF-8 everywhere,
// one-line title and URL.
func checkSource(t *testing.T, s Source) {
	t.Helper()
	for _, f := range []string{s.Text, s.Title, s.URL, s.Author} {
		if !utf8.ValidString(f) {
			t.Errorf("invalid UTF-8: %q", f)
		}
	}
	if strings.ContainsAny(s.Title+s.URL+s.Author, "\n\r\t") {
		t.Errorf("title or URL spans lines: %q %q", s.Title, s.URL)
	}
}
