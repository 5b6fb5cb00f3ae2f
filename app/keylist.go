package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keyList is a list the keyboard drives: Up and Down move the focus ring,
// Enter or Space opens the row under it.
type keyList struct {
	widget.List
	cursor   widget.ListItemID // the row under the focus ring, as the list keeps it
	onSelect func(widget.ListItemID)
	byCode   bool
}

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject),
	selected func(widget.ListItemID)) *keyList {
	l := &keyList{onSelect: selected}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.OnSelected = l.selected
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey moves the cursor with the arrows and opens its row on Enter.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		if l.cursor >= 0 && l.cursor < l.Length() {
			l.List.Select(l.cursor)
		}
		return
	case fyne.KeyDown: // as the list moves its focus ring
		if l.cursor < l.Length()-1 {
			l.cursor++
		}
	case fyne.KeyUp:
		if l.cursor > 0 {
			l.cursor--
		}
	}
	l.List.TypedKey(ev)
}

// Select selects row id from code; the focus ring stays where it is.
func (l *keyList) Select(id widget.ListItemID) {
	l.byCode = true
	l.List.Select(id)
	l.byCode = false
}

// selected follows a click (which also moves the focus ring) or a key.
func (l *keyList) selected(id widget.ListItemID) {
	if !l.byCode {
		l.cursor = id
	}
	l.onSelect(id)
}
