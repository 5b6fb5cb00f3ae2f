package app

import (
	"errors"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

// save saves the open brief (Ctrl+S).
func (u *UI) save() { u.saveNow() }

// saveNow saves the open brief to the archive as a new revision and reports
// whether it was saved. Failures are shown in a dialog.
func (u *UI) saveNow() bool {
	if u.sess == nil {
		return false
	}
	if u.arc == nil {
		u.showError("The brief could not be saved", errNoArchive)
		return false
	}
	if err := u.sess.Brief.Validate(); err != nil {
		u.showError("The brief could not be saved", fmt.Errorf("fix these first (nothing was lost):\n%w", err))
		return false
	}
	id, err := u.arc.Save(u.sess.Brief)
	if err != nil {
		u.showError("The brief could not be saved", err)
		return false
	}
	u.sess.Saved(id)
	u.forgetRecovery()
	u.updateTitle()
	u.status.show("Saved “" + titleOr(u.sess.Brief.Title) + "”.")
	u.refreshList()
	u.list.selectID(id)
	return true
}

// errNoArchive explains why saving is impossible.
var errNoArchive = errors.New("no archive is open. Open one in Settings, or close the other BriefDesk window and restart")

// showError shows err in a dialog, under a heading saying what failed.
func (u *UI) showError(what string, err error) {
	msg := err.Error()
	switch {
	case errors.Is(err, archive.ErrLocked):
		msg = "Another BriefDesk window has the archive open. Close it and try again."
	case errors.Is(err, archive.ErrReadOnly):
		msg = "The archive is open read-only, so nothing can be changed."
	}
	u.inform(what, sentence(msg))
}

// sentence makes a message start with a capital letter and end with a full stop.
func sentence(msg string) string {
	if msg == "" {
		return msg
	}
	r := []rune(msg)
	if r[0] >= 'a' && r[0] <= 'z' {
		r[0] -= 'a' - 'A'
	}
	if last := r[len(r)-1]; last != '.' && last != '!' && last != '?' {
		r = append(r, '.')
	}
	return string(r)
}
