package app

import "fyne.io/fyne/v2/widget"

// guard runs then at once when nothing is unsaved; otherwise it asks
// Save / Discard / Cancel first, so changes are never lost silently.
func (u *UI) guard(then func()) { u.guardOr(then, func() {}) }

// guardOr is guard with cancelled called when the analyst cancels (or the
// save fails).
func (u *UI) guardOr(then, cancelled func()) {
	if u.sess == nil || !u.sess.Dirty() {
		then()
		return
	}
	msg := widget.NewLabel("“" + titleOr(u.sess.Brief.Title) + "” has changes that are not saved.\nSave them before going on?")
	u.ask("Unsaved changes", msg,
		choice{label: "Cancel", keys: onEscape, do: cancelled},
		choice{label: "Discard", danger: true, do: func() {
			u.forgetRecovery()
			then()
		}},
		choice{label: "Save", keys: onEnter, do: func() {
			if u.saveNow() {
				then()
			} else {
				cancelled()
			}
		}})
}

// titleOr returns the title, or "Untitled brief" when it is blank.
func titleOr(title string) string {
	if t := oneLine(title); t != "" {
		return t
	}
	return "Untitled brief"
}

// quit closes the window (and so the app) once nothing unsaved is at risk,
// remembering the window's size and split positions.
func (u *UI) quit() {
	u.guard(func() {
		u.savePlacement()
		u.forgetRecovery()
		u.closeArchive()
		u.win.Close()
	})
}

// savePlacement stores the window size, split positions and source toggle.
func (u *UI) savePlacement() {
	p := u.prefs.p
	size := u.win.Canvas().Size()
	if size.Width > 200 && size.Height > 200 {
		p.SetFloat(prefWidth, float64(size.Width))
		p.SetFloat(prefHeight, float64(size.Height))
	}
	p.SetFloat(prefSplitList, u.outer.Offset)
	p.SetFloat(prefSplitSource, u.inner.Offset)
	p.SetBool(prefShowSource, u.sourceShown)
}
