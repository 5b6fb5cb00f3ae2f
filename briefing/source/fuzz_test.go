package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzExts are the extensions FuzzRead feeds data to, one per reader.
var fuzzExts = []string{".txt", ".html", ".eml", ".docx"}

// FuzzRead feeds every reader arbitrary bytes, seeded with the sample
// files in testdata/: no input may panic, and whatever is returned must
// be valid UTF-8 with some text.
func FuzzRead(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil {
		f.Fatal(err)
	}
	pages, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil {
		f.Fatal(err)
	}
	files = append(files, pages...)
	for _, path := range files {
		if strings.HasSuffix(path, ".golden") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		for i, ext := range fuzzExts {
			if readers[strings.ToLower(filepath.Ext(path))] != nil && sameReader(ext, filepath.Ext(path)) {
				f.Add(uint8(i), data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		s, err := Read("fuzz"+fuzzExts[int(kind)%len(fuzzExts)], data)
		if err != nil {
			if s != (Source{}) {
				t.Errorf("error %v with a non-empty source", err)
			}
			if !utf8.ValidString(err.Error()) {
				t.Errorf("error message is not UTF-8: %q", err)
			}
			return
		}
		checkSource(t, s)
		if strings.TrimSpace(s.Text) == "" {
			t.Error("no error but no text")
		}
	})
}

// sameReader reports whether two extensions share a reader.
func sameReader(a, b string) bool {
	group := func(ext string) string {
		switch strings.ToLower(ext) {
		case ".htm", ".html":
			return "html"
		case ".txt", ".text", ".md":
			return "text"
		}
		return strings.ToLower(ext)
	}
	return group(a) == group(b)
}
