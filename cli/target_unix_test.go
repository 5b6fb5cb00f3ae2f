//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestExportRefusesANamedPipe(t *testing.T) {
	dir := t.TempDir()
	in := writeBriefFile(t, dir, "Chile signs copper pact", "Chile and Peru signed a copper pact in Lima.")
	pipe := filepath.Join(dir, "out.md")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "", "export", "--md", pipe, in)
	if code != ExitFailure || !strings.Contains(errOut, "not a regular file") {
		t.Errorf("export to a named pipe: code %d, %q", code, errOut)
	}
	if st, _ := os.Lstat(pipe); st.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the named pipe was replaced by a file")
	}
}

// TestDraftRefusesANamedPipe would hang before the fix: opening a named
// pipe for reading waits for a writer.
func TestDraftRefusesANamedPipe(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "article.txt")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "", "draft", pipe)
	if code != ExitFailure || !strings.Contains(errOut, "not a regular file") {
		t.Errorf("draft of a named pipe: code %d, %q", code, errOut)
	}
}
