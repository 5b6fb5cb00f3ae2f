package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TestKeyMapListsEveryShortcut checks that Help ▸ Keyboard names every
// shortcut of the menus.
func TestKeyMapListsEveryShortcut(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	var listed strings.Builder
	for _, k := range keyMap {
		listed.WriteString(" " + k[0] + " ")
	}
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			sc, ok := it.Shortcut.(*desktop.CustomShortcut)
			if !ok {
				continue
			}
			name := "Ctrl+"
			if sc.Modifier&fyne.KeyModifierShift != 0 {
				name += "Shift+"
			}
			name += string(sc.KeyName)
			if !strings.Contains(listed.String(), name+" ") && !strings.Contains(listed.String(), name+"/") {
				t.Errorf("%s (%s) is not in the keyboard map", name, it.Label)
			}
		}
	}
}
