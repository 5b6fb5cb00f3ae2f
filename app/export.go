package app

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/export"
)

// export asks for a format and a file, then writes the open brief
// (Ctrl+E) and offers to open the result. The file is pre-filled in the
// last export folder, so Enter alone exports; Browse… picks another.
func (u *UI) export() {
	if u.sess == nil {
		u.showError("Nothing to export", errNothingOpen)
		return
	}
	f := export.Formats[0]
	path := u.newKeyEntry(false, "File to write")
	path.SetText(filepath.Join(u.prefs.exportDir(), export.FileName(u.sess.Brief.Title, f)))
	format := u.newKeySelect(export.Names(), f.Name)
	format.OnChanged = func(name string) {
		next, _ := export.Named(name)
		path.SetText(export.WithExt(strings.TrimSuffix(path.Text, f.Ext), next))
		f = next
	}
	browse := u.newKeyButton("Browse…", func() { u.chooseExportFile(f, path) })
	form := widget.NewForm(widget.NewFormItem("Format", format),
		widget.NewFormItem("File", container.NewBorder(nil, nil, nil, browse, path)))
	d, _ := u.ask("Export brief", form,
		choice{label: "Cancel", keys: onEscape},
		choice{label: "Export", keys: onEnter, do: func() { u.exportTo(export.WithExt(strings.TrimSpace(path.Text), f), f) }})
	d.Resize(fyne.NewSize(720, 0))
	u.win.Canvas().Focus(path)
}

// chooseExportFile opens the save dialog with a suggested name and puts
// the chosen file in path.
func (u *UI) chooseExportFile(f export.Format, path *keyEntry) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError("The file could not be chosen", err)
			return
		}
		if w == nil {
			return // cancelled
		}
		chosen := w.URI().Path()
		w.Close()
		if final := export.WithExt(chosen, f); final != chosen {
			os.Remove(chosen) // the empty file the dialog created without the extension
		}
		path.SetText(export.WithExt(chosen, f))
	}, u.win)
	d.SetFileName(filepath.Base(path.Text))
	if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(path.Text))); err == nil {
		d.SetLocation(dir)
	}
	d.SetFilter(storage.NewExtensionFileFilter([]string{f.Ext}))
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// exportTo writes the open brief to path in the background, then offers to
// open the file.
func (u *UI) exportTo(path string, f export.Format) {
	b := u.sess.Brief.Clone() // rendering reads a copy; editing may go on
	opt := export.Options{Paper: u.prefs.paper()}
	if path == "" || path == f.Ext {
		u.showError("The brief could not be exported", errNoFile)
		return
	}
	u.prefs.p.SetString(prefExportDir, filepath.Dir(path))
	withCancel(u, "Exporting "+f.Name+"…", "Export cancelled: nothing was written.", func(cancelled func() bool) (string, error) {
		opt.Stop = cancelled
		return path, export.WriteFile(path, b, f, opt)
	}, func(path string, err error) {
		if err != nil {
			u.showError("The brief could not be exported", err)
			return
		}
		u.status.show("Exported to " + path + ".")
		u.ask("Exported", widget.NewLabel("Saved as "+path),
			choice{label: "Close", keys: onEscape},
			choice{label: "Open", keys: onEnter, do: func() { u.openExported(path) }})
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

// errNoFile asks for a file name.
var errNoFile = errors.New("give the file to write, or choose one with Browse…")

// errNothingOpen explains why there is nothing to act on.
var errNothingOpen = errors.New("no brief is open. Paste an article or pick a brief from the list first")
