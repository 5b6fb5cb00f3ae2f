package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestPrint prints with Ctrl+P through a stand-in lp that keeps what it
// is given, then with no spooler at all, which must say so.
func TestPrint(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	bin := t.TempDir()
	got := filepath.Join(bin, "got.pdf")
	script := "#!/bin/sh\ncp \"$2\" " + got + "\n"
	if err := os.WriteFile(filepath.Join(bin, "lp"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+"/usr/bin:/bin")
	pressShortcut(t, u, fyne.KeyP, false)
	u.jobs.Wait()
	if data, err := os.ReadFile(got); err != nil || !strings.HasPrefix(string(data), "%PDF-") {
		t.Fatalf("lp did not get a PDF: %v", err)
	}
	if !strings.Contains(u.status.msg.Text, "Sent to the printer (lp)") {
		t.Errorf("status %q", u.status.msg.Text)
	}

	t.Setenv("PATH", t.TempDir())
	pressShortcut(t, u, fyne.KeyP, false)
	u.jobs.Wait()
	if !hasText(topOverlay(t, u), "no print spooler") {
		t.Error("no message says that the system cannot print")
	}
}
