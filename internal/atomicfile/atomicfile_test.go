package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	if err := Write(path, []byte("one"), 0o600); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("new file mode %v, want 0600", st.Mode().Perm())
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("two"), 0o600); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if st, _ := os.Stat(path); string(data) != "two" || st.Mode().Perm() != 0o640 {
		t.Errorf("rewrite: %q mode %v, want \"two\" keeping 0640", data, st.Mode().Perm())
	}

	for _, c := range []struct{ name, path, msg string }{
		{"empty name", "", "no file name"},
		{"folder", dir, "is a folder"},
		{"missing folder", filepath.Join(dir, "none", "x"), "cannot write " + filepath.Join(dir, "none", "x") + ": no such file or directory"},
	} {
		if err := Write(c.path, []byte("x"), 0o644); err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.msg)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d entries, want 1: temporary files left behind", len(entries))
	}
}

func TestWriteRemovesItsStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.md")
	stale := filepath.Join(dir, TempPrefix(path)+"abc")
	other := filepath.Join(dir, TempPrefix(filepath.Join(dir, "other.md"))+"abc")
	old := time.Now().Add(-time.Hour)
	for _, p := range []string{stale, other} {
		os.WriteFile(p, []byte("half"), 0o600)
		os.Chtimes(p, old, old)
	}
	if err := Write(path, []byte("whole"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("a temporary file a killed write of brief.md left was not removed")
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("another file's temporary file was removed")
	}
}
