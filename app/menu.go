package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// shortcut is Ctrl (Cmd on macOS) plus key.
func shortcut(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// shiftShortcut is Ctrl+Shift (Cmd+Shift on macOS) plus key.
func shiftShortcut(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// item is a menu item with an optional Ctrl/Cmd shortcut. Shortcuts live
// on menu items because canvas shortcuts do not fire while an entry has
// the focus. The item does nothing while a dialog is open, so a shortcut
// never acts behind it.
func (u *UI) item(label string, key fyne.KeyName, do func()) *fyne.MenuItem {
	m := fyne.NewMenuItem(label, func() {
		if !u.modalOpen() {
			do()
		}
	})
	if key != "" {
		m.Shortcut = shortcut(key)
	}
	return m
}

// shiftItem is item with Ctrl+Shift+key as its shortcut.
func (u *UI) shiftItem(label string, key fyne.KeyName, do func()) *fyne.MenuItem {
	m := u.item(label, "", do)
	m.Shortcut = shiftShortcut(key)
	return m
}

// undoItem is Undo or Redo: the driver turns Ctrl+Z into its own Undo
// shortcut, which the menu takes before any text field does.
func (u *UI) undoItem(label string, sc fyne.Shortcut, do func()) *fyne.MenuItem {
	m := u.item(label, "", do)
	m.Shortcut = sc
	return m
}

// menu is the main menu: File, Edit, View and Help.
func (u *UI) menu() *fyne.MainMenu {
	quit := u.item("Quit", fyne.KeyQ, u.quit)
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		u.item("New from pasted text…", fyne.KeyN, u.newFromPaste),
		u.item("Open file…", fyne.KeyO, u.openFile),
		u.openURLItem(),
		fyne.NewMenuItemSeparator(),
	)
	file.Items = append(file.Items, u.addSourceItems()...)
	file.Items = append(file.Items,
		u.item("Remove source…", "", u.askRemoveSource),
		fyne.NewMenuItemSeparator(),
		u.item("Save", fyne.KeyS, u.save),
		u.item("Export…", fyne.KeyE, u.export),
		u.item("Print…", fyne.KeyP, u.print),
		fyne.NewMenuItemSeparator(),
		u.item("History…", "", u.showHistory),
		u.item("Re-draft from source…", "", u.redraft),
		u.item("Delete brief", "", u.deleteBrief),
		u.item("Trash…", "", u.showTrash),
		fyne.NewMenuItemSeparator(),
		u.item("Settings…", fyne.KeyComma, u.showSettings),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu("Edit",
		u.undoItem("Undo", &fyne.ShortcutUndo{}, u.undo),
		u.undoItem("Redo", shiftShortcut(fyne.KeyZ), u.redo),
		fyne.NewMenuItemSeparator(),
		u.item("Find in archive", fyne.KeyF, u.focusSearch),
		u.shiftItem("Go to archive list", fyne.KeyL, u.focusList),
		u.item("Go to editor", fyne.KeyT, u.focusEditor),
	)
	u.sourceItem = u.item("Show source", "", func() { u.setSourceShown(!u.sourceShown) })
	view := fyne.NewMenu("View", u.sourceItem)
	help := fyne.NewMenu("Help",
		u.item("Keyboard", fyne.KeySlash, u.showKeys),
		u.item("About BriefDesk", "", u.showAbout))
	return fyne.NewMainMenu(file, edit, view, help)
}

// focusSearch puts the keyboard focus in the archive search field.
func (u *UI) focusSearch() { u.win.Canvas().Focus(u.list.search) }

// focusList puts the keyboard focus in the archive list.
func (u *UI) focusList() { u.win.Canvas().Focus(u.list.list) }

// focusEditor puts the keyboard focus in the open brief's title.
func (u *UI) focusEditor() {
	if u.sess != nil && u.editor.title != nil {
		u.win.Canvas().Focus(u.editor.title)
	}
}
