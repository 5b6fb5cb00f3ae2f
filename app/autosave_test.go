package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

// TestRecoveryAfterCrash edits a drafted brief, lets autosave keep it,
// stops without saving as a crash would, and restores the work at the
// next start with Enter.
func TestRecoveryAfterCrash(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	u := newTestUI(t, path)
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.editor.title.SetText("Unsaved title")
	u.autosave()
	u.jobs.Wait()
	u.editor.remove(SecSummary, 0)
	n := len(u.sess.Brief.Summary)
	u.autosave()
	u.jobs.Wait()
	u.closeArchive() // the crash: no guard, no save

	u = newTestUI(t, path)
	if !hasText(topOverlay(t, u), "Unsaved title") {
		t.Fatal("the recovery offer does not name the brief")
	}
	pressKey(u, fyne.KeyReturn, false)
	if u.sess == nil || u.sess.Brief.Title != "Unsaved title" || len(u.sess.Brief.Summary) != n || !u.sess.Dirty() {
		t.Fatalf("restored session: %+v", u.sess)
	}
	if n, _ := u.arc.Count(archive.ListOptions{}); n != 0 {
		t.Errorf("autosave made %d briefs in the list, want none", n)
	}
	u.save()
	if r, err := u.arc.Recovery(); r != nil || err != nil {
		t.Errorf("the recovery record is still there after saving: %v, %v", r, err)
	}
}

// TestAutosaveOnlyWhenChanged keeps nothing for a clean brief and once
// for each new change.
func TestAutosaveOnlyWhenChanged(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	u.autosave()
	if r, _ := u.arc.Recovery(); r != nil {
		t.Fatal("autosave kept something with no brief open")
	}
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.save()
	u.autosave()
	if r, _ := u.arc.Recovery(); r != nil {
		t.Fatal("autosave kept a saved brief")
	}
	u.editor.title.SetText("Changed")
	u.autosave()
	u.jobs.Wait()
	if r, _ := u.arc.Recovery(); r == nil || r.Brief.Title != "Changed" {
		t.Fatalf("autosave did not keep the change: %v", r)
	}
}
