package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
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
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.editor.title.SetText("First title")
	u.save()
	u.editor.title.SetText("Second title")
	u.save()
	u.showHistory()
	var list *keyList
	for _, o := range objects(topOverlay(t, u)) {
		if l, ok := o.(*keyList); ok {
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
	tapIn(t, u, "Re-draft")
	u.jobs.Wait()
	if b := u.sess.Brief; b.Title != "Kept title" || len(b.Summary) != drafted || !u.sess.Dirty() {
		t.Errorf("after re-draft: title %q, %d summary items (want %d), dirty %v", b.Title, len(b.Summary), drafted, u.sess.Dirty())
	}
}

// TestMoveArchive moves the archive to another folder.
func TestMoveArchive(t *testing.T) {
	old := filepath.Join(t.TempDir(), "archive.db")
	u := newTestUI(t, old)
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
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

// TestDroppedFile drafts a file dropped on the window.
func TestDroppedFile(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	abs, err := filepath.Abs(filepath.Join("..", "testdata", "morocco-china-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	u.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(abs)})
	u.jobs.Wait()
	if u.sess == nil || u.sess.Brief.Source.Text == "" {
		t.Fatal("the dropped file was not drafted")
	}
}

// TestPlacementRemembered checks that the window size, split positions
// and source toggle are stored on quitting and used at the next start.
func TestPlacementRemembered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	u := newTestUI(t, path)
	u.Window().Resize(fyne.NewSize(1000, 700))
	u.outer.SetOffset(0.3)
	u.inner.SetOffset(0.7)
	u.setSourceShown(false)
	u.quit()
	p := u.prefs.p
	if p.Float(prefSplitList) != 0.3 || p.Float(prefSplitSource) != 0.7 || p.Bool(prefShowSource) {
		t.Errorf("stored splits %v, %v, source shown %v", p.Float(prefSplitList), p.Float(prefSplitSource), p.Bool(prefShowSource))
	}
	next := New(u.app, Options{ArchivePath: path})
	next.jobs.Wait()
	defer func() {
		next.jobs.Wait()
		next.closeArchive()
	}()
	if next.outer.Offset != 0.3 || next.inner.Offset != 0.7 || next.sourceShown {
		t.Errorf("next start: splits %v, %v, source shown %v", next.outer.Offset, next.inner.Offset, next.sourceShown)
	}
	if size := next.prefs.windowSize(); size.Width < 900 || size.Height < 600 {
		t.Errorf("remembered window size %v", size)
	}
}

// TestTagFilter lists only the briefs with the chosen tag.
func TestTagFilter(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	for _, tags := range [][]string{{"health"}, {"trade"}, {"health", "trade"}} {
		pasteAndDraft(t, u, shortArticle, "2020-08-31")
		u.sess.Brief.Tags = tags
		u.save()
	}
	tests := []struct {
		choice string
		want   int
	}{
		{"health (2)", 2},
		{"trade (2)", 2},
		{allTags, 3},
	}
	for _, tt := range tests {
		u.list.tag.SetSelected(tt.choice)
		if u.list.total != tt.want {
			t.Errorf("tag filter %q lists %d briefs, want %d", tt.choice, u.list.total, tt.want)
		}
	}
}

// TestSettingsDialog changes the author and default marking.
func TestSettingsDialog(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	u.showSettings()
	for _, o := range objects(topOverlay(t, u)) {
		switch e := o.(type) {
		case *widget.SelectEntry:
			e.SetText("SECRET")
		case *keyEntry:
			e.SetText("R. Writer")
			u.win.Canvas().Focus(e)
		}
	}
	pressKey(u, fyne.KeyReturn, false) // Enter in a field saves
	if overlays(u) != 0 {
		t.Error("Enter left the settings open")
	}
	if u.prefs.author() != "R. Writer" || u.prefs.marking() != "SECRET" {
		t.Errorf("settings saved author %q, marking %q", u.prefs.author(), u.prefs.marking())
	}
}

// TestTrash deletes two briefs, takes one back out of the trash and
// empties the trash of the other.
func TestTrash(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	for i := 0; i < 2; i++ {
		pasteAndDraft(t, u, shortArticle, "2020-08-31")
		u.save()
		u.deleteBrief()
	}
	u.showTrash()
	var list *keyList
	for _, o := range objects(topOverlay(t, u)) {
		if l, ok := o.(*keyList); ok {
			list = l
		}
	}
	if list == nil || list.Length() != 2 {
		t.Fatal("the trash does not list the two deleted briefs")
	}
	list.Select(0)
	tapIn(t, u, "Take out of the trash")
	if u.list.total != 1 || u.sess == nil {
		t.Fatalf("after taking one out: %d listed, open %v", u.list.total, u.sess != nil)
	}
	u.showTrash()
	tapIn(t, u, "Empty trash…")
	tapIn(t, u, "Empty trash")
	if n, _ := u.arc.Count(archive.ListOptions{Trash: true}); n != 0 {
		t.Errorf("%d briefs left in the trash", n)
	}
	if u.list.total != 1 {
		t.Errorf("emptying the trash changed the list: %d", u.list.total)
	}
}
