package app

import (
	"errors"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/archive"
)

// showHistory lists the open brief's saved revisions; one can be read or
// restored (restoring saves it as the newest revision).
func (u *UI) showHistory() {
	if u.sess == nil || u.sess.Brief.ID == "" || u.arc == nil {
		u.showError("No history yet", errNoHistory)
		return
	}
	id := u.sess.Brief.ID
	revs, err := u.arc.History(id)
	if err != nil {
		u.showError("The history could not be read", err)
		return
	}
	picked := -1
	var compare, read, restore *widget.Button
	list := newKeyList(func() int { return len(revs) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(revisionLine(revs[len(revs)-1-i]))
		},
		func(i widget.ListItemID) {
			picked = len(revs) - 1 - i
			read.Enable()
			restore.Enable()
			if len(revs) > 1 {
				compare.Enable()
			}
		})
	d, buttons := u.ask("History of “"+titleOr(u.sess.Brief.Title)+"”", list,
		choice{label: "Close", keys: onEscape},
		choice{label: "Compare with…", stay: true, do: func() { u.chooseComparison(id, revs, picked) }},
		choice{label: "Open read-only", stay: true, do: func() { u.showRevision(id, revs[picked]) }},
		choice{label: "Restore this revision", keys: onEnter, do: func() { u.restoreRevision(id, revs[picked]) }})
	compare, read, restore = buttons[1], buttons[2], buttons[3]
	compare.Disable()
	read.Disable()
	restore.Disable()
	d.Resize(fyne.NewSize(640, 420))
}

// chooseComparison asks which other revision to compare revision
// revs[picked] with (the one before it at first) and shows the comparison,
// the older revision first.
func (u *UI) chooseComparison(id string, revs []archive.RevisionInfo, picked int) {
	var names []string
	var others []int
	for i := range revs {
		if i != picked {
			names = append(names, revisionLine(revs[i]))
			others = append(others, i)
		}
	}
	other := u.newKeySelect(names, names[max(picked-1, 0)])
	u.ask("Compare revision "+strconv.Itoa(revs[picked].N)+" with", other,
		choice{label: "Cancel", keys: onEscape},
		choice{label: "Compare", keys: onEnter, do: func() {
			o := others[other.SelectedIndex()]
			from, to := min(o, picked), max(o, picked)
			u.compareRevisions(id, revs[from].N, revs[to].N)
		}})
}

// revisionLine describes a revision in the history list.
func revisionLine(r archive.RevisionInfo) string {
	saved := r.Saved
	if len(saved) >= 16 {
		saved = saved[:10] + " " + saved[11:16]
	}
	return "Revision " + strconv.Itoa(r.N) + "  ·  " + saved + "  ·  " + titleOr(r.Title)
}

// showRevision shows an old revision read-only.
func (u *UI) showRevision(id string, r archive.RevisionInfo) {
	b, err := u.arc.Revision(id, r.N)
	if err != nil {
		u.showError("The revision could not be read", err)
		return
	}
	d, _ := u.ask("Revision "+strconv.Itoa(r.N)+" (read-only)", container.NewVScroll(briefView(b)),
		choice{label: "Close", keys: onEnter | onEscape})
	d.Resize(fyne.NewSize(760, 600))
}

// compareRevisions shows what changed from revision from to revision to.
func (u *UI) compareRevisions(id string, from, to int) {
	old, err := u.arc.Revision(id, from)
	if err == nil {
		var new *briefing.Brief
		if new, err = u.arc.Revision(id, to); err == nil {
			d, _ := u.ask("Revision "+strconv.Itoa(from)+" → "+strconv.Itoa(to), container.NewVScroll(compareView(old, new)),
				choice{label: "Close", keys: onEnter | onEscape})
			d.Resize(fyne.NewSize(760, 600))
			return
		}
	}
	u.showError("The revisions could not be compared", err)
}

// restoreRevision makes revision r the current brief, after the
// unsaved-changes guard.
func (u *UI) restoreRevision(id string, r archive.RevisionInfo) {
	u.guard(func() {
		if err := u.arc.RestoreRevision(id, r.N); err != nil {
			u.showError("The revision could not be restored", err)
			return
		}
		b, err := u.arc.Get(id)
		if err != nil {
			u.showError("The restored brief could not be opened", err)
			return
		}
		u.openSession(NewSession(b))
		u.refreshList()
		u.status.show("Restored revision " + strconv.Itoa(r.N) + " as the current version.")
	})
}

// errNoHistory explains why there is no history to show.
var errNoHistory = errors.New("the brief has not been saved yet, so it has no history. Save it first (Ctrl+S)")
