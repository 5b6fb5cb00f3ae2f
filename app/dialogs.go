package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// keyRole says which key, besides a click, chooses a dialog button.
type keyRole uint8

// Roles of dialog buttons; a button may have both.
const (
	onEnter  keyRole = 1 << iota // Enter chooses it (shown as the main button)
	onEscape                     // Escape chooses it
)

// choice is one button of a dialog made by ask.
type choice struct {
	label  string
	keys   keyRole
	danger bool
	stay   bool   // do runs with the dialog still open (to check its fields)
	do     func() // run after the dialog closes; nil only closes it
}

// modal is an open dialog's answers to Enter and Escape.
type modal struct {
	confirm, cancel func()
	overlay         fyne.CanvasObject // the dialog on the window
}

// ask shows a dialog whose buttons answer the keyboard: Enter chooses the
// onEnter button, Escape the onEscape one (or just closes the dialog), Tab
// moves between the fields and buttons. It returns the dialog and its
// buttons, in the order of choices.
func (u *UI) ask(title string, content fyne.CanvasObject, choices ...choice) (*dialog.CustomDialog, []*widget.Button) {
	d := dialog.NewCustomWithoutButtons(title, content, u.win)
	m := &modal{cancel: d.Hide}
	objs := make([]fyne.CanvasObject, len(choices))
	buttons := make([]*widget.Button, len(choices))
	for i, c := range choices {
		b := u.newKeyButton(c.label, func() {
			if !c.stay {
				d.Hide()
			}
			if c.do != nil {
				c.do()
			}
		})
		if c.danger {
			b.Importance = widget.DangerImportance
		}
		if c.keys&onEnter != 0 {
			b.Importance = widget.HighImportance
			m.confirm = func() { press(&b.Button) }
		}
		if c.keys&onEscape != 0 {
			m.cancel = func() { press(&b.Button) }
		}
		objs[i], buttons[i] = b, &b.Button
	}
	d.SetButtons(objs)
	d.SetOnClosed(func() { u.modals = slices.DeleteFunc(u.modals, func(x *modal) bool { return x == m }) })
	u.modals = append(u.modals, m)
	d.Show()
	m.overlay = u.win.Canvas().Overlays().Top()
	u.win.Canvas().Unfocus() // keys go to the dialog until a field is focused
	return d, buttons
}

// press taps b unless it is disabled.
func press(b *widget.Button) {
	if !b.Disabled() && b.OnTapped != nil {
		b.OnTapped()
	}
}

// modalOpen reports whether a dialog (or pop-up) is in front of the
// window; the window's shortcuts are off meanwhile.
func (u *UI) modalOpen() bool { return u.win.Canvas().Overlays().Top() != nil }

// dialogKey answers Enter and Escape for the dialog in front, and reports
// whether it did. Escape also closes a toolkit dialog (a file chooser) in
// front, as Cancel would.
func (u *UI) dialogKey(ev *fyne.KeyEvent) bool {
	top := u.win.Canvas().Overlays().Top()
	if len(u.modals) == 0 || u.modals[len(u.modals)-1].overlay != top {
		if top != nil && ev.Name == fyne.KeyEscape {
			top.Hide()
			return true
		}
		return false
	}
	m := u.modals[len(u.modals)-1]
	switch ev.Name {
	case fyne.KeyEscape:
		m.cancel()
	case fyne.KeyReturn, fyne.KeyEnter:
		if m.confirm == nil {
			return false
		}
		m.confirm()
	default:
		return false
	}
	return true
}

// keyButton is a button that Enter (as well as Space) presses and that
// passes Escape to its dialog.
type keyButton struct {
	widget.Button
	u *UI
}

func (u *UI) newKeyButton(label string, tapped func()) *keyButton {
	b := &keyButton{u: u}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Enter and closes the dialog on Escape.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		press(&b.Button)
	case fyne.KeyEscape:
		b.u.dialogKey(ev)
	default:
		b.Button.TypedKey(ev)
	}
}

// keyEntry is a dialog's text field: Escape cancels the dialog and, on
// one line, Enter confirms it.
type keyEntry struct {
	widget.Entry
	u *UI
	// onLongPaste, when set, takes a paste longer than longPaste instead
	// of the field, which grows slow to edit with that much text.
	onLongPaste func(text string)
}

// longPaste is the length of pasted text (in bytes) that goes to
// onLongPaste rather than into the field.
const longPaste = 20_000

// TypedShortcut hands a long paste to onLongPaste.
func (e *keyEntry) TypedShortcut(s fyne.Shortcut) {
	if p, ok := s.(*fyne.ShortcutPaste); ok && e.onLongPaste != nil && p.Clipboard != nil {
		if text := p.Clipboard.Content(); len(text) > longPaste {
			e.onLongPaste(text)
			return
		}
	}
	e.Entry.TypedShortcut(s)
}

func (u *UI) newKeyEntry(multiLine bool, placeholder string) *keyEntry {
	e := &keyEntry{u: u}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.PlaceHolder = placeholder
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab is false: Tab moves to the next field.
func (e *keyEntry) AcceptsTab() bool { return false }

// TypedKey passes Escape, and Enter on one line, to the dialog.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape || (!e.MultiLine && (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter)) {
		if e.u.dialogKey(ev) {
			return
		}
	}
	e.Entry.TypedKey(ev)
}

// confirm asks a yes-or-no question in plain words; yes runs do. Enter
// says yes, Escape no.
func (u *UI) confirm(title, message, yes string, do func()) {
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	d, _ := u.ask(title, msg, choice{label: "Cancel", keys: onEscape}, choice{label: yes, keys: onEnter, do: do})
	d.Resize(fyne.NewSize(520, 0))
}

// inform shows a message with one OK button, which Enter and Escape press.
func (u *UI) inform(title, message string) {
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	d, _ := u.ask(title, msg, choice{label: "OK", keys: onEnter | onEscape})
	d.Resize(fyne.NewSize(520, 0))
}

// keySelect is a dialog's drop-down: Escape cancels the dialog (Space
// and the arrows open the list as usual).
type keySelect struct {
	widget.Select
	u *UI
}

func (u *UI) newKeySelect(options []string, selected string) *keySelect {
	s := &keySelect{u: u}
	s.Options = options
	s.ExtendBaseWidget(s)
	s.SetSelected(selected)
	return s
}

// TypedKey passes Escape to the dialog.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && s.u.dialogKey(ev) {
		return
	}
	s.Select.TypedKey(ev)
}
