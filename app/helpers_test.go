package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// newTestUI builds the UI on a test app with the archive at path.
func newTestUI(t testing.TB, path string) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	u := New(a, Options{Version: "test", ArchivePath: path})
	// The test driver runs fyne.Do callbacks on the calling goroutine, so
	// wait for start-up work (the daily backup) before touching widgets.
	u.jobs.Wait()
	u.Window().Resize(fyne.NewSize(1280, 820))
	t.Cleanup(func() {
		u.jobs.Wait()
		u.closeArchive()
	})
	return u
}

// article returns the example article of the repository's testdata.
func article(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "morocco-china-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// objects returns every object in the tree under o, widgets' parts included.
func objects(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			out = append(out, objects(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, objects(c)...)
		}
	}
	return out
}

// topOverlay returns the dialog on top of the window, failing when none.
func topOverlay(t *testing.T, u *UI) fyne.CanvasObject {
	t.Helper()
	top := u.Window().Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	return top
}

// button returns the visible button labelled label under o, or nil.
func button(o fyne.CanvasObject, label string) *widget.Button {
	for _, c := range objects(o) {
		if k, ok := c.(*keyButton); ok {
			c = &k.Button
		}
		if b, ok := c.(*widget.Button); ok && b.Text == label && b.Visible() {
			return b
		}
	}
	return nil
}

// tapIn taps the button labelled label in the top dialog.
func tapIn(t *testing.T, u *UI, label string) {
	t.Helper()
	b := button(topOverlay(t, u), label)
	if b == nil {
		t.Fatalf("the dialog has no %q button", label)
	}
	test.Tap(b)
}

// hasText reports whether a label or rich text under o shows text.
func hasText(o fyne.CanvasObject, text string) bool {
	for _, c := range objects(o) {
		switch v := c.(type) {
		case *widget.Label:
			if strings.Contains(v.Text, text) {
				return true
			}
		case *widget.RichText:
			if strings.Contains(v.String(), text) {
				return true
			}
		case *canvas.Text:
			if strings.Contains(v.Text, text) {
				return true
			}
		}
	}
	return false
}

// pasteAndDraft drafts text through the paste dialog and waits for it.
func pasteAndDraft(t *testing.T, u *UI, text, published string) {
	t.Helper()
	u.newFromPaste()
	draftInDialog(t, u, text, published)
}

// draftInDialog fills in the open paste dialog, taps Draft and waits for
// the drafting.
func draftInDialog(t *testing.T, u *UI, text, published string) {
	t.Helper()
	entries := map[string]*keyEntry{}
	for _, c := range objects(topOverlay(t, u)) {
		if e, ok := c.(*keyEntry); ok {
			entries[e.PlaceHolder] = e
		}
	}
	body, date := entries["Paste the article here (for a long article, copy it and use Draft from clipboard)"], entries["YYYY-MM-DD (today when empty)"]
	if body == nil || date == nil {
		t.Fatalf("paste dialog lacks its text or date entry: %v", entries)
	}
	body.SetText(text)
	date.SetText(published)
	tapIn(t, u, "Draft")
	u.jobs.Wait()
	if u.sess == nil {
		t.Fatal("no brief open after drafting")
	}
}

// shortArticle is a small article for tests that do not need the example.
const shortArticle = "RABAT – Morocco and China agreed on Monday to partner in vaccine trials.\n\n" +
	"King Mohammed VI held a call with Xi Jinping, President of China. " +
	"The two countries signed a strategic partnership in 2016."
