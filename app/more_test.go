package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

// TestOpenFileAtStart drafts the file given on the command line.
func TestOpenFileAtStart(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefMarking, "OFFICIAL-SENSITIVE")
	a.Preferences().SetString(prefAuthor, "A. Analyst")
	u := New(a, Options{ArchivePath: filepath.Join(t.TempDir(), "archive.db"),
		OpenFiles: []string{filepath.Join("..", "testdata", "morocco-china-call.txt")}})
	t.Cleanup(u.closeArchive)
	u.jobs.Wait()
	if u.sess == nil || len(u.sess.Brief.Source.Sentences) == 0 {
		t.Fatal("the file given at start was not drafted")
	}
	if b := u.sess.Brief; b.Marking != "OFFICIAL-SENSITIVE" || b.Author != "A. Analyst" {
		t.Errorf("draft has marking %q and author %q, want the defaults from Settings", b.Marking, b.Author)
	}
}

// TestOpenMissingFile shows a plain error instead of a brief.
func TestOpenMissingFile(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	u.openPath(filepath.Join(t.TempDir(), "no-such-article.txt"))
	u.jobs.Wait()
	if u.sess != nil {
		t.Fatal("a brief opened from a missing file")
	}
	if !hasText(topOverlay(t, u), "The article could not be drafted") {
		t.Error("no error dialog for the missing file")
	}
}

// TestHistoryRestore saves two revisions and restores the first.
func TestHistoryRestore(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, article(t), "2020-08-31")
	u.editor.title.SetText("First title")
	u.save()
	u.editor.title.SetText("Second title")
	u.save()
	u.showHistory()
	var list *widget.List
	for _, o := range objects(topOverlay(t, u)) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	}
	if list == nil || list.Length() != 2 {
		t.Fatal("the history does not list two revisions")
	}
	list.Select(1) // newest first: row 1 is revision 1
	tapIn(t, u, "Restore this revision")
	if u.sess.Brief.Title != "First title" || u.sess.Dirty() {
		t.Errorf("after restore: title %q, dirty %v", u.sess.Brief.Title, u.sess.Dirty())
	}
	if revs, _ := u.arc.History(u.sess.Brief.ID); len(revs) != 3 {
		t.Errorf("restoring made %d revisions, want 3", len(revs))
	}
}

// TestRedraft rebuilds the sections from the source, keeping the title.
func TestRedraft(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, article(t), "2020-08-31")
	drafted := len(u.sess.Brief.Summary)
	u.editor.title.SetText("Kept title")
	u.sess.Brief.Summary = nil
	u.editor.fill(SecSummary)
	u.save()
	u.redraft()
	tapIn(t, u, "Yes")
	u.jobs.Wait()
	if b := u.sess.Brief; b.Title != "Kept title" || len(b.Summary) != drafted || !u.sess.Dirty() {
		t.Errorf("after re-draft: title %q, %d summary items (want %d), dirty %v", b.Title, len(b.Summary), drafted, u.sess.Dirty())
	}
}

// TestMoveArchive moves the archive to another folder.
func TestMoveArchive(t *testing.T) {
	old := filepath.Join(t.TempDir(), "archive.db")
	u := newTestUI(t, old)
	pasteAndDraft(t, u, article(t), "2020-08-31")
	u.save()
	u.jobs.Wait()
	target := filepath.Join(t.TempDir(), archive.FileName)
	if err := u.moveArchive(target); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("the old archive file is still there: %v", err)
	}
	if u.arc.Path() != target || u.prefs.p.String(prefArchive) != target {
		t.Errorf("archive at %q, preference %q; want %q", u.arc.Path(), u.prefs.p.String(prefArchive), target)
	}
	if u.list.total != 1 {
		t.Errorf("moved archive lists %d briefs, want 1", u.list.total)
	}
	if err := u.moveArchive(target); err != nil {
		t.Errorf("moving to the same place: %v", err)
	}
}
