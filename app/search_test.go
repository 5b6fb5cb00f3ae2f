package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestSearchAsYouType types filters into the search field key by key: an
// unfinished filter is not applied yet, a wrong one shows a hint under
// the field, and no dialog ever opens.
func TestSearchAsYouType(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.save()
	u.focusSearch()
	for _, r := range "vaccine before:2021-01-01" {
		u.win.Canvas().Focused().TypedRune(r)
		if overlays(u) != 0 {
			t.Fatalf("a dialog opened after typing %q", u.list.search.Text)
		}
		if u.list.hint.Visible() {
			t.Fatalf("a hint shows for the unfinished %q: %s", u.list.search.Text, u.list.hint.Text)
		}
		if typed := u.list.search.Text; (typed == "vaccine" || strings.Contains(typed, ":")) && u.list.total != 1 {
			t.Fatalf("%q lists %d briefs, want 1", u.list.search.Text, u.list.total)
		}
	}
	u.list.search.SetText("vaccine before:31/08/2021 ")
	if !u.list.hint.Visible() || !strings.Contains(u.list.hint.Text, "YYYY-MM-DD") || overlays(u) != 0 {
		t.Errorf("a wrong date: hint %v %q, %d dialogs", u.list.hint.Visible(), u.list.hint.Text, overlays(u))
	}
	if u.list.total != 1 {
		t.Errorf("the rest of the search was not applied: %d briefs", u.list.total)
	}
	u.list.search.SetText("vaccine before:2020-01-01")
	if u.list.hint.Visible() || u.list.total != 0 {
		t.Errorf("before:2020-01-01: hint %v, %d briefs, want none", u.list.hint.Visible(), u.list.total)
	}
}

// TestSearchSnippet shows where a hit matched in its row.
func TestSearchSnippet(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.save()
	u.list.search.SetText("partnership")
	if u.list.total != 1 {
		t.Fatalf("%d hits", u.list.total)
	}
	row := newListRow()
	u.list.update(0, row)
	line := row.(*fyne.Container).Objects[1].(*widget.Label).Text
	if !strings.Contains(strings.ToLower(line), "partnership") {
		t.Errorf("hit row %q does not show the matching words", line)
	}
}
