package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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

// TestLongPasteDraftsAtOnce pastes a long article with Ctrl+V into the
// paste dialog: it is drafted at once, never put in the slow text box.
func TestLongPasteDraftsAtOnce(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	long := strings.Repeat(shortArticle+"\n\n", 200) // ≈ 40,000 characters
	u.app.Clipboard().SetContent(long)
	u.newFromPaste()
	box, ok := u.win.Canvas().Focused().(*keyEntry)
	if !ok {
		t.Fatal("the article box has not the focus")
	}
	box.TypedShortcut(&fyne.ShortcutPaste{Clipboard: u.app.Clipboard()})
	u.jobs.Wait()
	if u.sess == nil || u.sess.Brief.Source.Text != long || box.Text != "" {
		t.Fatalf("long paste: session %v, box holds %d bytes", u.sess != nil, len(box.Text))
	}
	u.app.Clipboard().SetContent(shortArticle)
	u.newFromPaste()
	box = u.win.Canvas().Focused().(*keyEntry)
	box.TypedShortcut(&fyne.ShortcutPaste{Clipboard: u.app.Clipboard()})
	if box.Text != shortArticle {
		t.Errorf("a short paste did not go into the box: %q", box.Text)
	}
}
