package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestHistoryReadAndCompare saves two revisions, reads the newest as the
// editor lays it out, and compares it with the one before word by word.
func TestHistoryReadAndCompare(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.editor.title.SetText("Vaccine trials agreed")
	u.save()
	u.editor.title.SetText("Vaccine trials agreed in Rabat")
	u.editor.remove(SecParties, 0)
	u.save()
	u.showHistory()
	var list *keyList
	for _, o := range objects(topOverlay(t, u)) {
		if l, ok := o.(*keyList); ok {
			list = l
		}
	}
	u.win.Canvas().Focus(list)
	pressKey(u, fyne.KeyReturn, false) // the newest, revision 2
	tapIn(t, u, "Open read-only")
	view := topOverlay(t, u)
	if !hasText(view, "Title: Vaccine trials agreed in Rabat") || !hasText(view, "Parties") || hasText(view, "| ---") {
		t.Error("the read-only view does not show the sections as text")
	}
	pressKey(u, "Escape", false)

	tapIn(t, u, "Compare with…")
	if !hasText(topOverlay(t, u), "Revision 1") {
		t.Fatal("the comparison does not offer revision 1")
	}
	pressKey(u, fyne.KeyReturn, false)
	cmp := topOverlay(t, u)
	var shown strings.Builder
	for _, o := range objects(cmp) {
		if r, ok := o.(*widget.RichText); ok {
			shown.WriteString(r.String() + "\n")
		}
	}
	if !strings.Contains(shown.String(), "[+in Rabat]") {
		t.Errorf("the comparison does not show the added words:\n%s", shown.String())
	}
	if !strings.Contains(shown.String(), "[−") {
		t.Errorf("the comparison does not show the removed party:\n%s", shown.String())
	}
	if !hasText(cmp, "Summary: no change") {
		t.Error("an unchanged section is not folded")
	}
}
