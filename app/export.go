package app

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/export"
)

// export asks for a format, then for a file, then writes the open brief
// (Ctrl+E) and offers to open the result.
func (u *UI) export() {
	if u.sess == nil {
		u.showError("Nothing to export", errNothingOpen)
		return
	}
	choice := widget.NewRadioGroup(export.Names(), nil)
	choice.SetSelected(export.Formats[0].Name)
	dialog.ShowCustomConfirm("Export brief", "Choose file…", "Cancel", choice, func(ok bool) {
		if f, known := export.Named(choice.Selected); ok && known {
			u.chooseExportFile(f)
		}
	}, u.win)
}

// chooseExportFile opens the save dialog with a suggested name.
func (u *UI) chooseExportFile(f export.Format) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError("The file could not be chosen", err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		final := export.WithExt(path, f)
		if final != path {
			os.Remove(path) // the empty file the dialog created without the extension
		}
		u.exportTo(final, f)
	}, u.win)
	d.SetFileName(export.FileName(u.sess.Brief.Title, f))
	d.SetFilter(storage.NewExtensionFileFilter([]string{f.Ext}))
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// exportTo writes the open brief to path in the background, then offers to
// open the file.
func (u *UI) exportTo(path string, f export.Format) {
	b, err := snapshot(u.sess.Brief) // rendering reads a copy; editing may go on
	if err != nil {
		u.showError("The brief could not be exported", err)
		return
	}
	opt := export.Options{Paper: u.prefs.paper()}
	u.status.start("Exporting " + f.Name + "…")
	inBackground(u, func() (string, error) { return path, export.WriteFile(path, b, f, opt) }, func(path string, err error) {
		u.status.stop()
		if err != nil {
			u.showError("The brief could not be exported", err)
			return
		}
		u.status.show("Exported to " + path + ".")
		dialog.ShowCustomConfirm("Exported", "Open", "Close", widget.NewLabel("Saved as "+path), func(open bool) {
			if open {
				u.openExported(path)
			}
		}, u.win)
	})
}

// openExported shows an exported file in the system's viewer.
func (u *UI) openExported(path string) {
	if err := u.app.OpenURL(fileURL(path)); err != nil {
		u.showError("The file could not be opened", err)
	}
}

// fileURL is the file:// address of a local path.
func fileURL(path string) *url.URL {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/… on Windows
	}
	return &url.URL{Scheme: "file", Path: p}
}

// snapshot returns a deep copy of b for work in the background.
func snapshot(b *briefing.Brief) (*briefing.Brief, error) {
	data, err := b.MarshalIndent()
	if err != nil {
		return nil, err
	}
	return briefing.Parse(data)
}

// errNothingOpen explains why there is nothing to act on.
var errNothingOpen = errors.New("no brief is open. Paste an article or pick a brief from the list first")
