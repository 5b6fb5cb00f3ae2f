package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

// showTrash lists the deleted briefs; one can be taken back out, or the
// trash emptied for good after confirmation.
func (u *UI) showTrash() {
	if u.arc == nil {
		u.showError("No trash to show", errNoArchive)
		return
	}
	items, err := u.arc.List(archive.ListOptions{Trash: true})
	if err != nil {
		u.showError("The trash could not be read", err)
		return
	}
	picked := -1
	var restore *widget.Button
	list := newKeyList(func() int { return len(items) }, newListRow, func(i widget.ListItemID, o fyne.CanvasObject) {
		objs := o.(*fyne.Container).Objects
		objs[0].(*widget.Label).SetText(titleOr(items[i].Title))
		objs[1].(*widget.Label).SetText(summaryLine(items[i]))
	}, func(i widget.ListItemID) {
		picked = i
		restore.Enable()
	})
	d, buttons := u.ask("Trash ("+plural(len(items), "brief", "briefs")+")", list,
		choice{label: "Close", keys: onEscape},
		choice{label: "Empty trash…", danger: true, do: func() { u.confirmEmptyTrash(len(items)) }},
		choice{label: "Take out of the trash", keys: onEnter, do: func() { u.undelete(items[picked].ID) }})
	empty := buttons[1]
	restore = buttons[2]
	restore.Disable()
	if len(items) == 0 {
		empty.Disable()
	}
	d.Resize(fyne.NewSize(560, 420))
}

// confirmEmptyTrash deletes the trashed briefs for good once confirmed.
func (u *UI) confirmEmptyTrash(n int) {
	u.confirm("Empty the trash?", "The "+plural(n, "brief", "briefs")+" in the trash and their history will be deleted for good.",
		"Empty trash", func() {
			gone, err := u.arc.EmptyTrash()
			if err != nil {
				u.showError("The trash could not be emptied", err)
				return
			}
			u.status.show("Deleted " + plural(gone, "brief", "briefs") + " for good.")
		})
}
