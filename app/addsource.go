package app

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/briefdesk/briefdesk/briefing"
)

// addSourceItems are the ways to add a source to the open brief, as menu
// items: pasted text (Ctrl+Shift+N), a file (Ctrl+Shift+O), a web address.
func (u *UI) addSourceItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		u.shiftItem("Add source from pasted text…", fyne.KeyN, func() { u.addSourceBy(u.pasteInto) }),
		u.shiftItem("Add source from file…", fyne.KeyO, func() { u.addSourceBy(u.openFileInto) }),
		u.item("Add source from web address…", "", func() { u.addSourceBy(u.openURLInto) }),
	}
}

// errNoBrief is why there is nothing to add a source to or remove one from.
var errNoBrief = errors.New("no brief is open. Open one from the archive, or draft one (Ctrl+N), first")

// addSourceBy runs a way of drafting an article with the open brief as
// its destination.
func (u *UI) addSourceBy(way func(destination)) {
	if u.sess == nil {
		u.showError("There is no brief to add a source to", errNoBrief)
		return
	}
	way(destination{into: u.sess})
}

// addDrafted merges the drafted brief b into sess as a further source,
// or tells why it cannot under the title failed.
func (u *UI) addDrafted(sess *Session, failed string, b *briefing.Brief, err error) {
	u.status.show("")
	if err != nil {
		u.showError(failed, err)
		return
	}
	if u.sess != sess {
		u.inform("The source was not added", "The brief it was for was closed meanwhile. Open that brief and add the source again.")
		return
	}
	ids, err := sess.AddSource(b)
	if err != nil {
		u.showError("The source could not be added", err)
		return
	}
	u.openSession(sess)
	u.source.reveal(ids[0])
	u.status.show("Added source " + ids[0] + ": what it reports too now cites it, what it adds is new. Check against the source, then save (Ctrl+S).")
}

// askRemoveSource asks which source to take out of the open brief (the
// keyboard's way to the source tabs' Remove buttons), then removeSource.
func (u *UI) askRemoveSource() {
	if u.sess == nil {
		u.showError("There is no source to remove", errNoBrief)
		return
	}
	b := u.sess.Brief
	if b.SourceCount() == 1 {
		u.inform("The source cannot be removed", "The brief has only one source, and a brief is drafted from at least one article.")
		return
	}
	var names []string
	for _, src := range b.AllSources() {
		names = append(names, src.ID+" · "+sourceMeta(src))
	}
	pick := u.newKeySelect(names, names[len(names)-1])
	u.ask("Remove which source?", pick,
		choice{label: "Cancel", keys: onEscape},
		choice{label: "Next", keys: onEnter, do: func() {
			if i := pick.SelectedIndex(); i >= 0 {
				u.removeSource(b.AllSources()[i].ID)
			}
		}})
}

// removeSource takes source id out of the open brief, with what only it
// supported, once the analyst confirms what that is.
func (u *UI) removeSource(id string) {
	if u.sess == nil {
		return
	}
	sess := u.sess
	without, err := sess.WithoutSource(id)
	if err != nil {
		u.showError("The source cannot be removed", err)
		return
	}
	src := sess.Brief.SourceByID(id)
	msg := "Source " + src.ID + " (" + sourceMeta(src) + ") will be taken out of the brief"
	if gone := removalText(sess.Brief, without); gone == "" {
		msg += ". Nothing drafted rests on it alone."
	} else {
		msg += " with what only it supports: " + gone + "."
	}
	msg += " Items other sources support too stay, citing those. Undo (Ctrl+Z) puts everything back."
	u.confirm("Remove source "+src.ID+"?", msg, "Remove source", func() {
		if u.sess != sess {
			return
		}
		if err := sess.RemoveSource(id); err != nil {
			u.showError("The source cannot be removed", err)
			return
		}
		u.openSession(sess)
		u.status.offer("Removed source "+id+".", "Undo", u.undo)
	})
}

// removalText lists what the brief before has that after lacks, section
// by section: "2 summary items, 1 party and 3 commitments"; "" for nothing.
func removalText(before, after *briefing.Brief) string {
	var parts []string
	add := func(n int, one, many string) {
		switch {
		case n == 1:
			parts = append(parts, "1 "+one)
		case n > 1:
			parts = append(parts, strconv.Itoa(n)+" "+many)
		}
	}
	add(len(before.Summary)-len(after.Summary), "summary item", "summary items")
	add(len(before.Parties)-len(after.Parties), "party", "parties")
	add(len(before.Commitments)-len(after.Commitments), "commitment", "commitments")
	add(len(before.Background)-len(after.Background), "background item", "background items")
	add(len(before.Dates)-len(after.Dates), "key date", "key dates")
	add(len(before.Figures)-len(after.Figures), "key figure", "key figures")
	add(len(before.Disagreements)-len(after.Disagreements), "disagreement", "disagreements")
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
