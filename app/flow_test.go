package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing/export"
)

// TestWholeFlow pastes the example article, edits the draft, saves it,
// finds it by search, exports a PDF, deletes it and undoes the delete.
func TestWholeFlow(t *testing.T) {
	dir := t.TempDir()
	u := newTestUI(t, filepath.Join(dir, "archive.db"))
	if u.arc == nil {
		t.Fatal("the archive did not open")
	}

	pasteAndDraft(t, u, article(t), "2020-08-31")
	b := u.sess.Brief
	if len(b.Source.Sentences) == 0 || b.Source.Published != "2020-08-31" {
		t.Fatalf("draft has %d sentences, published %q", len(b.Source.Sentences), b.Source.Published)
	}
	if !strings.HasPrefix(u.Window().Title(), "* ") {
		t.Errorf("a new draft's title %q lacks the unsaved mark", u.Window().Title())
	}
	if got := len(u.source.current().views); got != len(b.Source.Sentences) {
		t.Errorf("source pane shows %d sentences, want %d", got, len(b.Source.Sentences))
	}

	// Edit an item: add one to the summary and type into it.
	n := len(b.Summary)
	test.Tap(button(u.editor.root, "Add item"))
	e := u.editor.firstEntry(SecSummary, n)
	if e == nil {
		t.Fatal("no entry for the added summary item")
	}
	test.Type(e, "Rabat and Beijing agreed on vaccine trials")
	if got := u.sess.Brief.Summary[n].Text; got != "Rabat and Beijing agreed on vaccine trials" {
		t.Errorf("summary item text = %q", got)
	}
	u.editor.title.SetText("Morocco–China vaccine call")

	// Save.
	u.save()
	if u.sess.Dirty() || u.sess.Brief.ID == "" {
		t.Fatalf("after save: dirty %v, id %q", u.sess.Dirty(), u.sess.Brief.ID)
	}
	if got := u.Window().Title(); got != "Morocco–China vaccine call — BriefDesk" {
		t.Errorf("title after save = %q", got)
	}
	id := u.sess.Brief.ID

	// Find it by search.
	test.Type(u.list.search, "vaccine")
	if u.list.total != 1 {
		t.Fatalf("search found %d briefs, want 1", u.list.total)
	}
	if s, _ := u.list.summary(0); s.ID != id {
		t.Errorf("search hit %q, want %q", s.ID, id)
	}
	u.list.search.SetText("")

	// Export a PDF.
	pdfPath := filepath.Join(dir, "out", export.FileName(u.sess.Brief.Title, export.PDF))
	if err := os.Mkdir(filepath.Dir(pdfPath), 0o700); err != nil {
		t.Fatal(err)
	}
	u.exportTo(pdfPath, export.PDF)
	u.jobs.Wait()
	data, err := os.ReadFile(pdfPath)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("exported PDF: %v, starts %q", err, data[:min(len(data), 8)])
	}
	if button(topOverlay(t, u), "Open") == nil {
		t.Error("no Open offer after the export")
	}
	tapIn(t, u, "Close")

	// Delete, then undo.
	u.deleteBrief()
	if u.sess != nil || u.list.total != 0 {
		t.Fatalf("after delete: open %v, listed %d", u.sess != nil, u.list.total)
	}
	if !u.status.action.Visible() || u.status.action.Text != "Undo" {
		t.Fatal("no Undo offered after the delete")
	}
	test.Tap(u.status.action)
	if u.list.total != 1 || u.sess == nil || u.sess.Brief.ID != id {
		t.Fatalf("after undo: listed %d, open %v", u.list.total, u.sess != nil)
	}
	if got := u.sess.Brief.Summary[n].Text; got != "Rabat and Beijing agreed on vaccine trials" {
		t.Errorf("undeleted brief lost the edit: %q", got)
	}
}

// TestProvenance checks that focusing an item tints its source sentences
// and that a picked sentence can be added to the background.
func TestProvenance(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, article(t), "2020-08-31")
	n, _ := u.sess.AddSentence(SecSummary, "", 2)
	u.editor.fill(SecSummary)
	u.Window().Canvas().Focus(u.editor.firstEntry(SecSummary, n))
	if got := u.source.highlighted(); len(got) != 1 || got[0] != 2 {
		t.Errorf("highlighted sentences = %v, want [2]", got)
	}
	test.Tap(u.source.current().views[2])
	if !hasText(topOverlay(t, u), "Add S3 to Background") || !hasText(topOverlay(t, u), "Add S3 to Summary") {
		t.Error("tapping a source sentence does not offer to add it")
	}
	before := len(u.sess.Brief.Background)
	u.addSentence(SecBackground, "", 3)
	if len(u.sess.Brief.Background) != before+1 {
		t.Fatalf("background has %d items, want %d", len(u.sess.Brief.Background), before+1)
	}
	if e := u.editor.firstEntry(SecBackground, before); e == nil || e.Text != oneLine(u.sess.Brief.Source.SentenceText(3)) {
		t.Error("the added background item is not shown in the editor")
	}
}

// TestRemoveAndUndo removes an item with its delete button and puts it back.
func TestRemoveAndUndo(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.sess.AddSentence(SecSummary, "", 1)
	u.sess.AddSentence(SecSummary, "", 2)
	u.editor.fill(SecSummary)
	want := u.sess.Brief.Summary[0].Text
	count := len(u.sess.Brief.Summary)
	u.editor.remove(SecSummary, 0)
	if len(u.sess.Brief.Summary) != count-1 {
		t.Fatalf("after remove: %d items, want %d", len(u.sess.Brief.Summary), count-1)
	}
	test.Tap(u.status.action)
	if len(u.sess.Brief.Summary) != count || u.sess.Brief.Summary[0].Text != want {
		t.Errorf("undo did not put the item back first")
	}
	if e := u.editor.firstEntry(SecSummary, 0); e == nil || e.Text != want {
		t.Error("the editor does not show the restored item")
	}
}
