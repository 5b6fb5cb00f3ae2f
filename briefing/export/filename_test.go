package export

import (
	"strings"
	"testing"
)

func TestFileName(t *testing.T) {
	tests := []struct {
		title string
		f     Format
		want  string
	}{
		{"Morocco and China agree", PDF, "Morocco and China agree.pdf"},
		{"  a/b: c?  ", Markdown, "a b c.md"},
		{"", JSON, "brief.json"},
		{"???", PDF, "brief.pdf"},
		{"Ends with dots...", PDF, "Ends with dots.pdf"},
		{"line\nbreak\ttab", PDF, "line break tab.pdf"},
		{strings.Repeat("é", 100), PDF, strings.Repeat("é", 80) + ".pdf"},
	}
	for _, tt := range tests {
		if got := FileName(tt.title, tt.f); got != tt.want {
			t.Errorf("FileName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestWithExt(t *testing.T) {
	tests := []struct {
		path string
		f    Format
		want string
	}{
		{"/tmp/brief", PDF, "/tmp/brief.pdf"},
		{"/tmp/brief.pdf", PDF, "/tmp/brief.pdf"},
		{"/tmp/brief.PDF", PDF, "/tmp/brief.PDF"},
		{"/tmp/brief.md", PDF, "/tmp/brief.md.pdf"},
	}
	for _, tt := range tests {
		if got := WithExt(tt.path, tt.f); got != tt.want {
			t.Errorf("WithExt(%q, %v) = %q, want %q", tt.path, tt.f, got, tt.want)
		}
	}
}
