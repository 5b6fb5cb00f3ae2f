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

// FuzzReadWeb feeds the reader of fetched pages arbitrary bytes under the
// content types a site may send, seeded with the test web pages: no input
// may panic, and whatever is returned must be valid UTF-8 with some text.
func FuzzReadWeb(f *testing.F) {
	pages, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil {
		f.Fatal(err)
	}
	for _, path := range pages {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add("text/html; charset=utf-8", data)
	}
	f.Add("text/plain; charset=iso-8859-1", []byte("Gen\xe8ve, le 3 mars."))
	f.Add("application/xhtml+xml", []byte(`<html xmlns="http://www.w3.org/1999/xhtml"><p>x</p></html>`))
	f.Add("text/html; charset=shift_jis", []byte("<p>\x93\x8c\x8b\x9e</p>"))
	f.Fuzz(func(t *testing.T, contentType string, data []byte) {
		s, err := ReadWeb("https://news.example.org/story", contentType, data)
		if err != nil {
			if s != (Source{}) || !utf8.ValidString(err.Error()) {
				t.Errorf("error %q with source %+v", err, s)
			}
			return
		}
		checkSource(t, s)
		if strings.TrimSpace(s.Text) == "" {
			t.Error("no error but no text")
		}
	})
}
