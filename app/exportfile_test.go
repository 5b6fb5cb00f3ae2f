package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFileName(t *testing.T) {
	tests := []struct{ title, ext, want string }{
		{"Morocco and China agree", ".pdf", "Morocco and China agree.pdf"},
		{"  a/b: c?  ", ".md", "a b c.md"},
		{"", ".json", "brief.json"},
		{"???", ".pdf", "brief.pdf"},
		{"Ends with dots...", ".pdf", "Ends with dots.pdf"},
		{"line\nbreak\ttab", ".pdf", "line break tab.pdf"},
		{strings.Repeat("é", 100), ".pdf", strings.Repeat("é", 80) + ".pdf"},
	}
	for _, tt := range tests {
		if got := fileName(tt.title, tt.ext); got != tt.want {
			t.Errorf("fileName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestWithExt(t *testing.T) {
	tests := []struct{ path, ext, want string }{
		{"/tmp/brief", ".pdf", "/tmp/brief.pdf"},
		{"/tmp/brief.pdf", ".pdf", "/tmp/brief.pdf"},
		{"/tmp/brief.PDF", ".pdf", "/tmp/brief.PDF"},
		{"/tmp/brief.md", ".pdf", "/tmp/brief.md.pdf"},
	}
	for _, tt := range tests {
		if got := withExt(tt.path, tt.ext); got != tt.want {
			t.Errorf("withExt(%q, %q) = %q, want %q", tt.path, tt.ext, got, tt.want)
		}
	}
}

func TestExportFile(t *testing.T) {
	b := sampleBrief()
	b.Source.Published = "2020-08-31"
	tests := []struct {
		format string
		prefix []byte
	}{
		{"PDF", []byte("%PDF-")},
		{"Markdown", []byte("# Sample")},
		{"JSON", []byte("{")},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		f := formatNamed(tt.format)
		path := filepath.Join(dir, fileName(b.Title, f.Ext))
		if err := exportFile(path, b, f, "letter"); err != nil {
			t.Fatalf("%s: %v", tt.format, err)
		}
		data, err := os.ReadFile(path)
		if err != nil || !bytes.HasPrefix(data, tt.prefix) {
			t.Errorf("%s: file starts %q (err %v), want %q", tt.format, data[:min(len(data), 10)], err, tt.prefix)
		}
	}
	if err := exportFile(filepath.Join(dir, "missing", "x.pdf"), b, formatNamed("PDF"), "a4"); err == nil {
		t.Error("export into a missing folder succeeded")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".briefdesk-export-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}
