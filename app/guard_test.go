package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestUnsavedChangesGuard checks that closing, switching brief and drafting
// anew ask first, and that Cancel, Discard and Save do what they say.
func TestUnsavedChangesGuard(t *testing.T) {
	tests := []struct {
		name      string
		act       func(u *UI)
		answer    string
		wantSaved bool // the edit reached the archive
		wantOpen  bool // the edited brief is still open (for close: the window)
	}{
		{"close, cancel", func(u *UI) { u.quit() }, "Cancel", false, true},
		{"close, save", func(u *UI) { u.quit() }, "Save", true, false},
		{"close, discard", func(u *UI) { u.quit() }, "Discard", false, false},
		{"new paste, cancel", func(u *UI) { u.openData("second.txt", []byte("Another article. It is short.")) }, "Cancel", false, true},
		{"new paste, discard", func(u *UI) { u.openData("second.txt", []byte("Another article. It is short.")) }, "Discard", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "archive.db")
			u := newTestUI(t, path)
			pasteAndDraft(t, u, shortArticle, "2020-08-31")
			u.save()
			id := u.sess.Brief.ID
			u.editor.title.SetText("Edited title")
			if !strings.HasPrefix(u.Window().Title(), "* Edited title") {
				t.Fatalf("title %q does not mark the unsaved edit", u.Window().Title())
			}
			tt.act(u)
			if !hasText(topOverlay(t, u), "has changes that are not saved") {
				t.Fatal("no unsaved-changes question")
			}
			tapIn(t, u, tt.answer)
			u.jobs.Wait()
			open := u.sess != nil && u.sess.Brief.ID == id && u.sess.Brief.Title == "Edited title"
			if strings.HasPrefix(tt.name, "close") {
				open = u.arc != nil // quitting closes the archive last
			}
			if open != tt.wantOpen {
				t.Errorf("edited brief still open = %v, want %v", open, tt.wantOpen)
			}
			if u.arc == nil { // closed by quitting: look at the file
				u.openArchive(path)
			}
			b, err := u.arc.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			if saved := b.Title == "Edited title"; saved != tt.wantSaved {
				t.Errorf("edit saved = %v, want %v", saved, tt.wantSaved)
			}
		})
	}
}

// TestSwitchBriefGuard opens another brief from the list while the open
// one has unsaved changes; Cancel keeps it and its selection.
func TestSwitchBriefGuard(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.save()
	first := u.sess.Brief.ID
	pasteAndDraft(t, u, "A second article. It says little.", "2020-09-01")
	u.save()
	u.editor.title.SetText("Unsaved")
	if u.list.total != 2 {
		t.Fatalf("list shows %d briefs, want 2", u.list.total)
	}
	row := 0
	if s, _ := u.list.summary(0); s.ID != first {
		row = 1
	}
	u.list.list.Select(row)
	tapIn(t, u, "Cancel")
	if u.sess.Brief.Title != "Unsaved" || u.list.picked == first {
		t.Fatal("Cancel did not keep the edited brief open")
	}
	u.list.list.Select(row)
	tapIn(t, u, "Discard")
	if u.sess.Brief.ID != first || u.sess.Dirty() {
		t.Errorf("Discard did not open the other brief")
	}
}
