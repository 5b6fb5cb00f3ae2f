package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// TestCompactLayout narrows the window below 1,000 pixels: the source
// becomes a tab beside the brief, and widening puts it back in a column.
func TestCompactLayout(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	tabs := func() bool {
		_, ok := u.centre.Objects[0].(*container.AppTabs)
		return ok
	}
	if tabs() {
		t.Fatal("tabs in a wide window")
	}
	u.win.Resize(fyne.NewSize(900, 700))
	if !tabs() {
		t.Fatal("no tabs in a 900-pixel window")
	}
	u.setSourceShown(false)
	if tabs() || u.centre.Objects[0] != u.editor.root {
		t.Error("hiding the source left the tabs")
	}
	u.setSourceShown(true)
	u.win.Resize(fyne.NewSize(1280, 820))
	if tabs() || u.centre.Objects[0] != u.inner || !u.source.root.Visible() || !u.editor.root.Visible() {
		t.Error("widening did not restore both columns")
	}
}

// TestPartyFields shows a party's aliases and lets them be edited, and
// wraps long names instead of cutting them.
func TestPartyFields(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.sess.Brief.Parties[0].Aliases = []string{"Rabat"}
	u.editor.fill(SecParties)
	var aliases, name *fieldEntry
	for _, o := range objects(u.editor.rows[SecParties]) {
		if e, ok := o.(*fieldEntry); ok {
			switch e.PlaceHolder {
			case "Also called (names separated by ;)":
				aliases = e
			case "Name":
				name = e
			}
		}
		if aliases != nil && name != nil {
			break
		}
	}
	if aliases == nil || aliases.Text != "Rabat" {
		t.Fatalf("the aliases field shows %v", aliases)
	}
	aliases.SetText("Rabat; the Kingdom")
	if got := u.sess.Brief.Parties[0].Aliases; len(got) != 2 || got[1] != "the Kingdom" {
		t.Errorf("aliases %q", got)
	}
	if !name.MultiLine || name.Wrapping != fyne.TextWrapWord {
		t.Error("the name field does not wrap long names")
	}
}

// TestWheelOverTextBoxScrollsPage turns the mouse wheel over a summary
// item's box: the page scrolls, as it does elsewhere.
func TestWheelOverTextBoxScrollsPage(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, article(t), "2020-08-31")
	box := u.editor.firstEntry(SecSummary, 0)
	c := u.win.Canvas()
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(box).Add(fyne.NewPos(20, 10))
	test.Scroll(c, at, 0, -120)
	if u.editor.scroll.Offset.Y <= 0 {
		t.Errorf("the page did not scroll under the wheel over a text box (offset %v)", u.editor.scroll.Offset)
	}
}
