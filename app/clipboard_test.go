package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestDraftFromClipboard drafts a long article straight from the clipboard,
// without putting it in the dialog's entry, and refuses an empty clipboard.
func TestDraftFromClipboard(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	u.app.Clipboard().SetContent("")
	u.newFromPaste()
	tapIn(t, u, "Draft from clipboard")
	if u.sess != nil || !hasText(topOverlay(t, u), "empty") {
		t.Fatal("an empty clipboard was not refused with a message")
	}

	long := strings.Repeat(shortArticle+"\n\n", 400) // ≈ 80,000 characters
	u.app.Clipboard().SetContent(long)
	u.newFromPaste()
	tapIn(t, u, "Draft from clipboard")
	u.jobs.Wait()
	if u.sess == nil || u.sess.Brief.Source.Text != long {
		t.Fatal("the clipboard's article was not drafted")
	}
	if len(u.sess.Brief.Parties) == 0 {
		t.Error("the drafted brief has no parties")
	}
}
