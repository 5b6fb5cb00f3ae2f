package app

import (
	"path/filepath"
	"strings"
	"testing"

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
	var list *widget.List
	for _, o := range objects(topOverlay(t, u)) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	}
	list.Select(0) // the newest, revision 2
	tapIn(t, u, "Open read-only")
	view := topOverlay(t, u)
	if !hasText(view, "Title: Vaccine trials agreed in Rabat") || !hasText(view, "Parties") || hasText(view, "| ---") {
		t.Error("the read-only view does not show the sections as text")
	}
	pressKey(u, "Escape", false)

	tapIn(t, u, "Compare with the one before")
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
