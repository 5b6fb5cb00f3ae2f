package export

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func sampleBrief(t *testing.T) *briefing.Brief {
	t.Helper()
	text := "Chile and Peru signed a copper pact in Lima on Monday."
	return &briefing.Brief{Schema: briefing.SchemaVersion, Title: "Chile signs copper pact", Marking: "OFFICIAL",
		Source:  briefing.Source{Text: text, Sentences: []briefing.Span{{Start: 0, End: len(text)}}},
		Summary: []briefing.Item{{Text: text, Spans: []briefing.Span{{Start: 0, End: len(text)}}}}}
}

func TestWriteFile(t *testing.T) {
	b := sampleBrief(t)
	tests := []struct {
		f      Format
		prefix []byte
	}{
		{PDF, []byte("%PDF-")},
		{DOCX, []byte("PK")},
		{Markdown, []byte("# " + b.Title)},
		{JSON, []byte("{")},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		path := filepath.Join(dir, FileName(b.Title, tt.f))
		if err := WriteFile(path, b, tt.f, Options{Paper: "letter"}); err != nil {
			t.Fatalf("%s: %v", tt.f.Name, err)
		}
		data, err := os.ReadFile(path)
		if err != nil || !bytes.HasPrefix(data, tt.prefix) {
			t.Errorf("%s: file starts %q (err %v), want %q", tt.f.Name, data[:min(len(data), 10)], err, tt.prefix)
		}
	}
	if err := WriteFile(filepath.Join(dir, "missing", "x.pdf"), b, PDF, Options{}); err == nil {
		t.Error("export into a missing folder succeeded")
	}
	stopped := filepath.Join(dir, "stopped.pdf")
	if err := WriteFile(stopped, b, PDF, Options{Stop: func() bool { return true }}); !errors.Is(err, ErrStopped) {
		t.Errorf("a stopped export returned %v", err)
	}
	if _, err := os.Stat(stopped); !os.IsNotExist(err) {
		t.Error("a stopped export wrote its file")
	}
	if _, err := Render(b, Format{"Rich text", ".rtf"}, Options{}); err == nil {
		t.Error("an unknown format rendered without an error")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestNamed(t *testing.T) {
	if f, ok := Named("markdown"); !ok || f != Markdown {
		t.Errorf("Named(markdown) = %v, %v", f, ok)
	}
	if _, ok := Named("rtf"); ok {
		t.Error("Named(rtf) found a format")
	}
}
