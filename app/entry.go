package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// fieldEntry is an Entry that reports when it gains focus, so that the
// editor can show where the item being edited came from.
type fieldEntry struct {
	widget.Entry
	onFocus func()
}

// newFieldEntry returns an entry showing text that calls changed with each
// edit (not for the initial text) and focus when focused. Multi-line
// entries wrap words and grow with their text up to a few rows.
func newFieldEntry(text, placeholder string, multiLine bool, changed func(string), focus func()) *fieldEntry {
	e := &fieldEntry{onFocus: focus}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(rowsFor(text))
	}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(placeholder)
	e.SetText(text)
	e.OnChanged = changed
	return e
}

// rowsFor estimates how many rows a wrapped text needs in the editor's
// column, between 1 and 4; longer text scrolls inside its entry.
func rowsFor(text string) int {
	const charsPerRow = 70
	return min(max(1, (len([]rune(text))+charsPerRow-1)/charsPerRow), 4)
}

// FocusGained tells the editor which item is being edited.
func (e *fieldEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus()
	}
}
