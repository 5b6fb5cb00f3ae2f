package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// pressShortcut presses Ctrl (plus Shift when shift) and key as the
// desktop driver does: the main menu's items first.
func pressShortcut(t *testing.T, u *UI, key fyne.KeyName, shift bool) {
	t.Helper()
	want := shortcut(key)
	if shift {
		want = shiftShortcut(key)
	}
	trigger(t, u, want)
}

// trigger runs the main menu item with the shortcut want.
func trigger(t *testing.T, u *UI, want fyne.Shortcut) {
	t.Helper()
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == want.ShortcutName() {
				it.Action()
				return
			}
		}
	}
	t.Fatalf("no menu item has the shortcut %s", want.ShortcutName())
}

// pressKey presses a key without modifiers as the desktop driver does:
// Tab moves the focus unless the focused widget takes tabs; other keys go
// to the focused widget, or to the window when none is focused.
func pressKey(u *UI, key fyne.KeyName, shift bool) {
	c := u.win.Canvas()
	ev := &fyne.KeyEvent{Name: key}
	if key == fyne.KeyTab {
		if tb, ok := c.Focused().(fyne.Tabbable); !ok || !tb.AcceptsTab() {
			if shift {
				c.FocusPrevious()
			} else {
				c.FocusNext()
			}
			return
		}
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// typeText types s into the focused widget, a line break as Enter.
func typeText(u *UI, s string) {
	for _, r := range s {
		if r == '\n' {
			pressKey(u, fyne.KeyReturn, false)
		} else {
			u.win.Canvas().Focused().TypedRune(r)
		}
	}
}

// overlays counts the dialogs in front of the window.
func overlays(u *UI) int { return len(u.win.Canvas().Overlays().List()) }

// TestKeyboardOnlyCycle pastes, drafts, edits, saves and exports a brief
// with the keyboard alone.
func TestKeyboardOnlyCycle(t *testing.T) {
	dir := t.TempDir()
	u := newTestUI(t, filepath.Join(dir, "archive.db"))
	c := u.win.Canvas()

	// Ctrl+N, type the article, Tab to the published date, Enter drafts.
	pressShortcut(t, u, fyne.KeyN, false)
	if overlays(u) != 1 {
		t.Fatal("Ctrl+N opened no dialog")
	}
	typeText(u, shortArticle)
	for range 3 {
		pressKey(u, fyne.KeyTab, false)
	}
	published, ok := c.Focused().(*keyEntry)
	if !ok || published.PlaceHolder != "YYYY-MM-DD (today when empty)" {
		t.Fatalf("three Tabs from the article reached %T, not the published date", c.Focused())
	}
	typeText(u, "2020-08-31")
	pressKey(u, fyne.KeyReturn, false)
	u.jobs.Wait()
	if u.sess == nil || overlays(u) != 0 {
		t.Fatalf("Enter did not draft: session %v, %d dialogs", u.sess != nil, overlays(u))
	}
	if u.sess.Brief.Source.Published != "2020-08-31" {
		t.Errorf("published %q", u.sess.Brief.Source.Published)
	}

	// Ctrl+T to the title, type, then Tab to the first summary item and
	// through it: Tab moves on and types no tab character.
	pressShortcut(t, u, fyne.KeyT, false)
	if c.Focused() != u.editor.title {
		t.Fatalf("Ctrl+T focused %T, not the title", c.Focused())
	}
	typeText(u, "Checked: ")
	var item *fieldEntry
	for range 40 {
		pressKey(u, fyne.KeyTab, false)
		if e, ok := c.Focused().(*fieldEntry); ok && e.MultiLine {
			item = e
			break
		}
	}
	if item == nil {
		t.Fatal("Tab never reached a summary item")
	}
	typeText(u, " Confirmed")
	pressKey(u, fyne.KeyTab, false)
	if c.Focused() == item || strings.Contains(item.Text, "\t") {
		t.Errorf("Tab stayed in the item or typed a tab: %q", item.Text)
	}
	if got := u.sess.Brief.Summary[0].Text; !strings.HasPrefix(got, " Confirmed") {
		t.Errorf("first summary item %q lacks the typed words", got)
	}

	// Ctrl+S saves.
	pressShortcut(t, u, fyne.KeyS, false)
	if u.sess.Dirty() || u.sess.Brief.ID == "" {
		t.Fatal("Ctrl+S did not save")
	}
	saved, err := u.arc.Get(u.sess.Brief.ID)
	if err != nil || !strings.HasPrefix(saved.Title, "Checked: ") {
		t.Fatalf("saved title %q (%v)", saved.Title, err)
	}

	// Ctrl+E: the file field has the focus; shortcuts do nothing behind
	// the dialog; Enter exports; Escape closes the confirmation.
	pressShortcut(t, u, fyne.KeyE, false)
	path, ok := c.Focused().(*keyEntry)
	if !ok || overlays(u) != 1 {
		t.Fatalf("Ctrl+E: focus on %T, %d dialogs", c.Focused(), overlays(u))
	}
	revs, _ := u.arc.History(u.sess.Brief.ID)
	u.sess.Changed()
	pressShortcut(t, u, fyne.KeyE, false)
	pressShortcut(t, u, fyne.KeyS, false)
	if again, _ := u.arc.History(u.sess.Brief.ID); overlays(u) != 1 || len(again) != len(revs) {
		t.Errorf("shortcuts acted behind the dialog: %d dialogs, %d revisions (was %d)", overlays(u), len(again), len(revs))
	}
	out := filepath.Join(dir, "brief.pdf")
	path.TypedShortcut(&fyne.ShortcutSelectAll{})
	typeText(u, out)
	pressKey(u, fyne.KeyReturn, false)
	u.jobs.Wait()
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF at %s: %v", out, err)
	}
	if overlays(u) != 1 {
		t.Fatalf("%d dialogs after the export, want the confirmation", overlays(u))
	}
	pressKey(u, fyne.KeyEscape, false)
	if overlays(u) != 0 {
		t.Fatal("Escape did not close the confirmation")
	}

	// Ctrl+N: Enter in the article's box is a new line; Escape cancels and
	// the brief stays open.
	pressShortcut(t, u, fyne.KeyN, false)
	typeText(u, "Another article.")
	pressKey(u, fyne.KeyReturn, true) // a new line in the article, not Draft
	if overlays(u) != 1 {
		t.Fatal("Enter in the article's box closed the dialog")
	}
	pressKey(u, fyne.KeyEscape, false)
	if overlays(u) != 0 || u.sess == nil || !strings.HasPrefix(u.sess.Brief.Title, "Checked: ") {
		t.Fatalf("Escape: %d dialogs, brief %v", overlays(u), u.sess != nil)
	}

	// Ctrl+Shift+L reaches the archive list; Enter on its row keeps the brief.
	pressShortcut(t, u, fyne.KeyL, true)
	if c.Focused() != u.list.list {
		t.Fatalf("Ctrl+Shift+L focused %T", c.Focused())
	}
	pressKey(u, fyne.KeyReturn, false)
	if u.list.picked != u.sess.Brief.ID {
		t.Errorf("Enter in the list picked %q, want %q", u.list.picked, u.sess.Brief.ID)
	}
}

// TestListKeys opens briefs from the archive list with arrows and Enter.
func TestListKeys(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	for _, title := range []string{"First", "Second"} {
		pasteAndDraft(t, u, shortArticle, "2020-08-31")
		u.sess.Brief.Title = title
		u.save()
	}
	u.focusList()
	pressKey(u, fyne.KeyDown, false) // the list is newest first
	pressKey(u, fyne.KeyReturn, false)
	u.jobs.Wait()
	if u.sess.Brief.Title != "First" {
		t.Errorf("Down, Enter opened %q, want First", u.sess.Brief.Title)
	}
	pressKey(u, fyne.KeyUp, false)
	pressKey(u, fyne.KeySpace, false)
	u.jobs.Wait()
	if u.sess.Brief.Title != "Second" {
		t.Errorf("Up, Space opened %q, want Second", u.sess.Brief.Title)
	}
}

// TestEscapeClosesFileChooser closes the file chooser opened from the
// export dialog with Escape, leaving the export dialog open.
func TestEscapeClosesFileChooser(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.export()
	tapIn(t, u, "Browse…")
	if overlays(u) != 2 {
		t.Fatalf("%d dialogs after Browse…, want 2", overlays(u))
	}
	u.win.Canvas().Unfocus()
	pressKey(u, fyne.KeyEscape, false)
	if overlays(u) != 1 || !hasText(topOverlay(t, u), "Format") {
		t.Fatalf("Escape left %d dialogs", overlays(u))
	}
	pressKey(u, fyne.KeyEscape, false)
	if overlays(u) != 0 {
		t.Errorf("Escape left the export dialog open")
	}
}

// TestEscapeFromDropDown cancels the export dialog with Escape while its
// format drop-down has the focus.
func TestEscapeFromDropDown(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.export()
	for _, o := range objects(topOverlay(t, u)) {
		if s, ok := o.(*keySelect); ok {
			u.win.Canvas().Focus(s)
		}
	}
	if _, ok := u.win.Canvas().Focused().(*keySelect); !ok {
		t.Fatal("no format drop-down")
	}
	pressKey(u, fyne.KeyEscape, false)
	if overlays(u) != 0 {
		t.Error("Escape on the drop-down left the dialog open")
	}
}
