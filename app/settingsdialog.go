package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

// showSettings edits the preferences: author, default marking, paper,
// theme and the archive's location.
func (u *UI) showSettings() {
	author := u.newKeyEntry(false, "Your name")
	author.SetText(u.prefs.author())
	marking := widget.NewSelectEntry(markingPresets)
	marking.SetText(u.prefs.marking())
	paper := u.newKeySelect(paperSizes, u.prefs.paper())
	themeSel := u.newKeySelect(themeChoices, u.prefs.theme())
	where := widget.NewLabel(u.currentArchivePath())
	where.Wrapping = fyne.TextWrapBreak
	move := widget.NewButton("Move archive…", func() { u.chooseArchiveFolder(where) })
	if u.arc == nil {
		move.Disable()
	}
	summaryItem, saveSummaryWords := summaryWordsField(u.prefs)
	items := []*widget.FormItem{
		widget.NewFormItem("Author", author),
		widget.NewFormItem("Default marking", marking),
		widget.NewFormItem("PDF paper", paper),
		widget.NewFormItem("Theme", themeSel),
		summaryItem,
		widget.NewFormItem("Archive", container.NewBorder(nil, nil, nil, move, where)),
	}
	if remoteHint := archive.NetworkWarning(u.currentArchivePath()); remoteHint != "" {
		warn := widget.NewLabel(remoteHint)
		warn.Importance = widget.WarningImportance
		warn.Wrapping = fyne.TextWrapWord
		items = append(items, widget.NewFormItem("", warn))
	}
	d, _ := u.ask("Settings", widget.NewForm(items...), choice{label: "Cancel", keys: onEscape}, choice{label: "Save", keys: onEnter, do: func() {
		p := u.prefs.p
		p.SetString(prefAuthor, strings.TrimSpace(author.Text))
		p.SetString(prefMarking, strings.TrimSpace(marking.Text))
		p.SetString(prefPaper, paper.Selected)
		saveSummaryWords()
		if themeSel.Selected != u.prefs.theme() {
			p.SetString(prefTheme, themeSel.Selected)
			applyTheme(u.app, themeSel.Selected)
			u.openSession(u.sess) // redraw the frames and tints in the new colours
		}
	}})
	d.Resize(fyne.NewSize(640, 0)) // as tall as its fields
}

// currentArchivePath is the open archive's file, or the one that would be used.
func (u *UI) currentArchivePath() string {
	if u.arc != nil {
		return u.arc.Path()
	}
	p, err := u.archivePath()
	if err != nil {
		return "(none)"
	}
	return p
}

// chooseArchiveFolder asks for a folder and moves the archive into it.
func (u *UI) chooseArchiveFolder(where *widget.Label) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			u.showError("The folder could not be opened", err)
			return
		}
		if dir == nil {
			return
		}
		if err := u.moveArchive(filepath.Join(dir.Path(), archive.FileName)); err != nil {
			u.showError("The archive could not be moved", err)
			return
		}
		where.SetText(u.currentArchivePath())
	}, u.win)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// moveArchive moves the open archive to target, opens it there and
// records it in the preferences.
func (u *UI) moveArchive(target string) error {
	arc, err := archive.Move(u.arc, target, archive.Options{Timeout: lockWait})
	if arc == nil {
		return err
	}
	if arc == u.arc {
		return nil // already there
	}
	u.arc = nil // closed by Move
	u.useArchive(arc)
	u.prefs.p.SetString(prefArchive, target)
	if err != nil {
		u.status.show(err.Error())
		return nil
	}
	u.status.show("Archive moved to " + target + ".")
	return nil
}
