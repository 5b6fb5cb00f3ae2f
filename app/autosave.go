package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// autosaveEvery is how often the open brief's unsaved state is kept in the
// archive for recovery after a crash.
const autosaveEvery = 5 * time.Second

// kept records what autosave last kept: the session and its edit count.
type kept struct {
	sess  *Session
	edits int
}

// startAutosave keeps the unsaved state every period until the window
// closes.
func (u *UI) startAutosave(period time.Duration) {
	stop := make(chan struct{})
	u.win.SetOnClosed(func() { close(stop) })
	go func() {
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fyne.Do(u.autosave)
			case <-stop:
				return
			}
		}
	}()
}

// autosave keeps the open brief in the archive's recovery record when it
// has changes not kept yet (a recovery record, not a revision).
func (u *UI) autosave() {
	s := u.sess
	if s == nil || !s.Dirty() || u.arc == nil || u.kept == (kept{s, s.Edits()}) {
		return
	}
	u.kept = kept{s, s.Edits()}
	b, arc := s.Brief.Clone(), u.arc
	inBackground(u, func() (struct{}, error) { return struct{}{}, arc.KeepRecovery(b) }, func(_ struct{}, err error) {
		if err != nil {
			u.status.show("Unsaved work could not be kept for recovery: " + err.Error())
		}
	})
}

// forgetRecovery drops the recovery record once the work is saved or
// discarded.
func (u *UI) forgetRecovery() {
	u.kept = kept{}
	if u.arc == nil {
		return
	}
	if err := u.arc.ClearRecovery(); err != nil {
		fyne.LogError("clearing the recovery record", err)
	}
}

// offerRecovery offers the unsaved work an earlier run left behind, if any.
func (u *UI) offerRecovery() {
	r, err := u.arc.Recovery()
	if err != nil || r == nil {
		return
	}
	when := r.Kept.Local().Format("2 January 15:04")
	msg := widget.NewLabel("BriefDesk closed without saving “" + titleOr(r.Brief.Title) + "”.\n" +
		"Its unsaved state was kept on " + when + ". Restore it?")
	u.ask("Recover unsaved work", msg,
		choice{label: "Discard", danger: true, do: u.forgetRecovery},
		choice{label: "Restore", keys: onEnter, do: func() {
			u.guard(func() {
				sess := NewSession(r.Brief)
				sess.Changed()
				u.openSession(sess)
				u.status.show("Restored the unsaved work. Save it (Ctrl+S) to keep it.")
			})
		}})
}
