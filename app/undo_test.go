package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
)

// TestUndoRedoKeys types, moves, removes and adds in the editor, then takes
// it all back with Ctrl+Z and makes it again with Ctrl+Shift+Z.
func TestUndoRedoKeys(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, article(t), "2020-08-31")
	b := u.sess.Brief
	if len(b.Summary) < 2 {
		t.Fatalf("only %d summary items", len(b.Summary))
	}
	title, first, second := b.Title, b.Summary[0].Text, b.Summary[1].Text
	c := u.win.Canvas()

	u.focusEditor()
	typeText(u, "Draft: ")
	u.editor.move(SecSummary, 0, 1)
	u.editor.remove(SecSummary, 0)
	u.editor.add(SecBackground)
	n := len(b.Background)
	typeText(u, "Added")
	if b.Title != "Draft: "+title || b.Summary[0].Text != first || b.Background[n-1].Text != "Added" {
		t.Fatalf("edits not applied: %q, %q, %q", b.Title, b.Summary[0].Text, b.Background[n-1].Text)
	}

	undo := func() { trigger(t, u, &fyne.ShortcutUndo{}) }
	undo() // the typing in the new item
	if b.Background[n-1].Text != "" {
		t.Errorf("after one undo the new item holds %q", b.Background[n-1].Text)
	}
	if _, ok := c.Focused().(*fieldEntry); !ok {
		t.Errorf("undo left the focus on %T, not in the field", c.Focused())
	}
	undo() // the addition
	undo() // the removal
	undo() // the move
	if len(b.Background) != n-1 || b.Summary[0].Text != first || b.Summary[1].Text != second {
		t.Errorf("undo did not restore the sections: %d background, summary %q, %q", len(b.Background), b.Summary[0].Text, b.Summary[1].Text)
	}
	undo() // the title
	if b.Title != title {
		t.Errorf("title after undo %q, want %q", b.Title, title)
	}
	if u.editor.title.Text != title {
		t.Errorf("the title field shows %q", u.editor.title.Text)
	}

	for range 5 {
		pressShortcut(t, u, fyne.KeyZ, true)
	}
	if b.Title != "Draft: "+title || b.Background[len(b.Background)-1].Text != "Added" || b.Summary[0].Text != first {
		t.Errorf("redo did not make every change again: %q, %q", b.Title, b.Background[len(b.Background)-1].Text)
	}
}
