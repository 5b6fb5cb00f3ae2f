package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	b := exampleBrief(t)
	path := filepath.Join(dir, "brief.pdf")
	if err := WriteFile(path, b, Options{}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Render(b, Options{})
	if !bytes.Equal(got, want) {
		t.Error("the written file differs from Render's bytes")
	}

	bad := []struct{ name, path, msg string }{
		{"missing folder", filepath.Join(dir, "no", "such", "brief.pdf"), "cannot write"},
		{"a folder", dir, "it is a folder"},
		{"no name", "", "no file name"},
	}
	for _, c := range bad {
		err := WriteFile(c.path, b, Options{})
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.msg)
		}
	}
	if err := WriteFile(path, b, Options{Paper: "tabloid"}); err == nil {
		t.Error("bad paper: no error")
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, want) {
		t.Error("a failed export changed the existing file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want only brief.pdf (no temporary files left)", len(entries))
	}
}
