package app

import (
	"path/filepath"

	"github.com/briefdesk/briefdesk/briefing/export"
	"github.com/briefdesk/briefdesk/internal/printer"
)

// print sends the open brief, as its PDF, to the system's printer
// (Ctrl+P); where the system cannot print, a message says what to do.
func (u *UI) print() {
	if u.sess == nil {
		u.showError("Nothing to print", errNothingOpen)
		return
	}
	b := u.sess.Brief.Clone() // rendering reads a copy; editing may go on
	opt := export.Options{Paper: u.prefs.paper()}
	withCancel(u, "Printing…", "Printing cancelled: nothing was sent.", func(cancelled func() bool) (string, error) {
		data, err := export.Render(b, export.PDF, opt)
		if err != nil || cancelled() {
			return "", err
		}
		return printer.PrintData(export.FileName(b.Title, export.PDF), data)
	}, func(prog string, err error) {
		if err != nil {
			u.showError("The brief could not be printed", err)
			return
		}
		u.status.show("Sent to the printer (" + filepath.Base(prog) + ").")
	})
}
