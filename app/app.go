// Package app is BriefDesk's desktop interface. It takes a fyne.App from
// main, so it builds and tests without an OpenGL driver, and holds no
// drafting, storage or PDF logic of its own.
package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ID is the application ID; it also names the storage folder.
const ID = "io.github.briefdesk"

// Options are the start-up settings passed in by main.
type Options struct {
	Version   string
	OpenFiles []string // articles to draft at start
}

// Run builds the main window and runs the app until it quits.
func Run(a fyne.App, opt Options) {
	w := a.NewWindow("BriefDesk")
	w.SetContent(widget.NewLabel("BriefDesk " + opt.Version))
	w.Resize(fyne.NewSize(1200, 800))
	w.ShowAndRun()
}
