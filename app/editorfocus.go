package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// fields returns the editor's text fields, top to bottom.
func (ed *editor) fields() []*fieldEntry {
	var out []*fieldEntry
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *fieldEntry:
			out = append(out, v)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case *container.Scroll:
			walk(v.Content)
		}
	}
	walk(ed.root)
	return out
}

// focusedField returns the place of the focused field among fields(), or
// -1 when the focus is elsewhere.
func (ed *editor) focusedField() int {
	c := fyne.CurrentApp().Driver().CanvasForObject(ed.root)
	if c == nil {
		return -1
	}
	f, ok := c.Focused().(*fieldEntry)
	if !ok {
		return -1
	}
	return slices.Index(ed.fields(), f)
}

// focusField focuses the field at place n of fields(), if there is one.
func (ed *editor) focusField(n int) {
	fs := ed.fields()
	if n < 0 || n >= len(fs) {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(fs[n]); c != nil {
		c.Focus(fs[n])
	}
}
