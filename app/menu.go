package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// shortcut is Ctrl (Cmd on macOS) plus key.
func shortcut(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// item is a menu item with an optional Ctrl/Cmd shortcut. Shortcuts live
// on menu items because canvas shortcuts do not fire while an entry has
// the focus.
func item(label string, key fyne.KeyName, do func()) *fyne.MenuItem {
	m := fyne.NewMenuItem(label, do)
	if key != "" {
		m.Shortcut = shortcut(key)
	}
	return m
}

// menu is the main menu: File, Edit, View and Help.
func (u *UI) menu() *fyne.MainMenu {
	quit := item("Quit", fyne.KeyQ, u.quit)
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("New from pasted text…", fyne.KeyN, u.newFromPaste),
		item("Open file…", fyne.KeyO, u.openFile),
		item("Save", fyne.KeyS, u.save),
		item("Export…", fyne.KeyE, u.export),
		fyne.NewMenuItemSeparator(),
		item("History…", "", u.showHistory),
		item("Re-draft from source…", "", u.redraft),
		item("Delete brief", "", u.deleteBrief),
		item("Trash…", "", u.showTrash),
		fyne.NewMenuItemSeparator(),
		item("Settings…", fyne.KeyComma, u.showSettings),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu("Edit",
		item("Undo last removal", "", u.undoRemove),
		item("Find in archive", fyne.KeyF, u.focusSearch),
	)
	u.sourceItem = item("Show source", "", func() { u.setSourceShown(!u.sourceShown) })
	view := fyne.NewMenu("View", u.sourceItem)
	help := fyne.NewMenu("Help", item("About BriefDesk", "", u.showAbout))
	return fyne.NewMainMenu(file, edit, view, help)
}

// focusSearch puts the keyboard focus in the archive search field.
func (u *UI) focusSearch() { u.win.Canvas().Focus(u.list.search) }
