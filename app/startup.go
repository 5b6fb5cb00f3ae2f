package app

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

// lockWait is how long opening the archive waits for another window.
const lockWait = 300 * time.Millisecond

// archivePath is the archive file to use: the one passed by main, else the
// one chosen in Settings, else the default.
func (u *UI) archivePath() (string, error) {
	if u.opt.ArchivePath != "" {
		return u.opt.ArchivePath, nil
	}
	if p := u.prefs.p.String(prefArchive); p != "" {
		return p, nil
	}
	return archive.DefaultPath()
}

// startArchive opens the archive at start, explaining any problem.
func (u *UI) startArchive() {
	path, err := u.archivePath()
	if err != nil {
		u.showError("The archive could not be found", err)
		return
	}
	u.openArchive(path)
}

// openArchive opens the archive at path and shows its briefs; a locked or
// damaged file gets a dialog that says what happened and what can be done.
func (u *UI) openArchive(path string) {
	arc, err := archive.Open(path, archive.Options{Timeout: lockWait, NoAutoBackup: true})
	switch {
	case err == nil:
		u.useArchive(arc)
		u.offerRecovery()
	case errors.Is(err, archive.ErrLocked):
		u.lockedDialog(path)
	case errors.Is(err, archive.ErrCorrupt):
		u.corruptDialog(path, err)
	default:
		u.showError("The archive could not be opened", err)
	}
}

// useArchive makes arc the open archive, lists its briefs and makes the
// day's backup in the background, so a large archive does not delay the
// window.
func (u *UI) useArchive(arc *archive.Archive) {
	u.arc = arc
	u.list.setArchive(arc)
	inBackground(u, arc.AutoBackup, func(_ string, err error) {
		if err != nil {
			u.status.show("The daily backup could not be made: " + err.Error())
		}
	})
}

// closeArchive closes the open archive, if any.
func (u *UI) closeArchive() {
	if u.arc != nil {
		if err := u.arc.Close(); err != nil {
			fyne.LogError("closing the archive", err)
		}
		u.arc = nil
	}
}

// lockedDialog explains that another window holds the archive.
func (u *UI) lockedDialog(path string) {
	msg := widget.NewLabel("Another BriefDesk window has the archive open:\n" + path +
		"\n\nOnly one window at a time can use it. Close the other window and choose\n" +
		"Try again, or carry on here: you can still draft and export, but not save.")
	u.ask("The archive is in use", msg,
		choice{label: "Carry on without it", keys: onEscape},
		choice{label: "Try again", keys: onEnter, do: func() { u.openArchive(path) }})
	u.status.show("No archive open: another BriefDesk window is using it.")
}

// corruptDialog offers to restore the latest backup or start a new
// archive; either way the damaged file is kept aside, never deleted.
func (u *UI) corruptDialog(path string, cause error) {
	backups, _ := archive.Backups(path)
	text := "The archive file is damaged and cannot be opened safely:\n" + path + "\n\n" + sentence(cause.Error()) +
		"\n\nThe damaged file will be kept aside, not deleted."
	if len(backups) == 0 {
		text += "\nNo backup was found, so a new, empty archive is the way on."
	}
	_, buttons := u.ask("The archive is damaged", widget.NewLabel(text),
		choice{label: "Quit", do: u.win.Close},
		choice{label: "Start a new archive", do: func() {
			kept, err := archive.Quarantine(path)
			u.afterRepair(path, "Started a new archive", kept, err)
		}},
		choice{label: "Restore latest backup", keys: onEnter, do: func() {
			kept, err := archive.Restore(path, backups[0])
			u.afterRepair(path, "Restored the latest backup", kept, err)
		}})
	if len(backups) == 0 {
		buttons[2].Disable()
	}
}

// afterRepair opens the archive after a restore or a fresh start.
func (u *UI) afterRepair(path, done, keptAside string, err error) {
	if err != nil {
		u.showError("The archive could not be repaired", err)
		return
	}
	u.openArchive(path)
	if u.arc != nil {
		msg := done + "."
		if keptAside != "" {
			msg += " The damaged file was kept as " + keptAside + "."
		}
		u.status.show(msg)
	}
}
