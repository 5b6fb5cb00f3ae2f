package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// keyMap lists what the keyboard does, as Help ▸ Keyboard shows it. Ctrl
// is Cmd on macOS.
var keyMap = [][2]string{
	{"Tab / Shift+Tab", "next / previous field, button or list"},
	{"Ctrl+N", "new brief from pasted text"},
	{"Ctrl+O", "open an article file"},
	{"Ctrl+L", "open a web address (a web address pasted as the article also works)"},
	{"Ctrl+Shift+N", "add a source to the open brief from pasted text (or a pasted web address)"},
	{"Ctrl+Shift+O", "add a source to the open brief from an article file"},
	{"Ctrl+S", "save the brief"},
	{"Ctrl+E", "export (PDF, Word, Markdown, JSON)"},
	{"Ctrl+P", "print (the PDF, through the system's printing)"},
	{"Ctrl+Z / Ctrl+Shift+Z", "undo / redo edits, additions, removals and moves"},
	{"Ctrl+F", "search the archive"},
	{"Ctrl+Shift+L", "go to the archive list"},
	{"Up / Down, Enter", "move in the archive list, open the brief"},
	{"Ctrl+T", "go to the brief's title"},
	{"Enter (in the brief)", "next field"},
	{"Enter", "the main button of a dialog"},
	{"Escape", "cancel a dialog"},
	{"Space", "press the focused button"},
	{"Ctrl+,", "settings"},
	{"Ctrl+/", "this list"},
	{"Ctrl+Q", "quit"},
}

// showKeys shows the keyboard map.
func (u *UI) showKeys() {
	grid := container.NewGridWithColumns(2)
	for _, k := range keyMap {
		grid.Add(widget.NewLabelWithStyle(k[0], fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		grid.Add(widget.NewLabel(k[1]))
	}
	d, _ := u.ask("Keyboard", container.NewVScroll(grid), choice{label: "Close", keys: onEnter | onEscape})
	d.Resize(fyne.NewSize(720, 560))
}
