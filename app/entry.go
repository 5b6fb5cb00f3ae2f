package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fieldEntry is an Entry that reports when it gains focus, so that the
// editor can show where the item being edited came from.
type fieldEntry struct {
	widget.Entry
	onFocus func()

	rows      int     // rows shown, for multi-line entries
	wrapWidth float32 // the width rows were fitted to
	// wheel, when set, takes the mouse wheel over the box (the page scrolls).
	wheel func(*fyne.ScrollEvent)
}

// CreateRenderer lays a wheelPass over the box when wheel is set.
func (e *fieldEntry) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	if e.wheel == nil {
		return r
	}
	return &wheelRenderer{WidgetRenderer: r, pass: newWheelPass(e.wheel)}
}

// newFieldEntry returns an entry showing text that calls changed with each
// edit (not for the initial text) and focus when focused, and hands the
// mouse wheel to wheel (when not nil). Multi-line entries wrap words and
// grow with their text.
func newFieldEntry(text, placeholder string, multiLine bool, changed func(string), focus func(),
	wheel func(*fyne.ScrollEvent)) *fieldEntry {
	e := &fieldEntry{onFocus: focus, wheel: wheel}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.rows = rowsFor(text)
		e.SetMinRowsVisible(e.rows)
	}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(placeholder)
	e.SetText(text)
	e.OnChanged = func(s string) {
		changed(s)
		e.fitRows()
	}
	return e
}

// Resize fits a multi-line entry's rows to its new width.
func (e *fieldEntry) Resize(size fyne.Size) {
	e.Entry.Resize(size)
	if e.MultiLine && size.Width != e.wrapWidth {
		e.wrapWidth = size.Width
		e.fitRows()
	}
}

// fitRows shows as many rows as the wrapped text needs, up to maxRows; the
// window lays the editor out again when the entry's height changes.
func (e *fieldEntry) fitRows() {
	if !e.MultiLine || e.wrapWidth <= 0 {
		return
	}
	textWidth := fyne.MeasureText(e.Text, theme.TextSize(), e.TextStyle).Width
	rows := wrapRows(textWidth, e.wrapWidth-2*theme.InnerPadding()-theme.ScrollBarSize())
	if rows != e.rows {
		e.rows = rows
		e.SetMinRowsVisible(rows)
	}
}

// maxRows is the most rows an item's entry grows to, enough for any item
// to show whole; only longer text scrolls inside its box.
const maxRows = 30

// wrapRows estimates the rows a text of the given one-line width needs in
// a box of the given width, allowing for the space word wrapping leaves.
func wrapRows(textWidth, boxWidth float32) int {
	if boxWidth <= 0 || textWidth <= 0 {
		return 1
	}
	const slack = 1.12 // lines end before the box does
	rows := int(textWidth*slack/boxWidth) + 1
	return min(max(rows, 1), maxRows)
}

// rowsFor estimates the rows a text needs before the entry knows its
// width, between 1 and maxRows.
func rowsFor(text string) int {
	const charsPerRow = 50
	return min(max(1, (len([]rune(text))+charsPerRow-1)/charsPerRow), maxRows)
}

// FocusGained tells the editor which item is being edited.
func (e *fieldEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus()
	}
}

// AcceptsTab is false: Tab moves to the next field, even from a multi-line
// item, which never holds a tab character.
func (e *fieldEntry) AcceptsTab() bool { return false }

// TypedKey makes Enter move to the next field: an item is one paragraph,
// wrapped to the box, never broken by hand.
func (e *fieldEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			c.FocusNext()
		}
		return
	}
	e.Entry.TypedKey(ev)
}
