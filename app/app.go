// Package app is BriefDesk's desktop interface. It takes a fyne.App from
// main, so it builds and tests without an OpenGL driver, and holds no
// drafting, storage or PDF logic of its own: it calls briefing/draft,
// briefing/archive, briefing/pdf and briefing/source for that.
package app

import "fyne.io/fyne/v2"

// ID is the application ID; it also names the storage folder.
const ID = "io.github.briefdesk"

// Options are the start-up settings passed in by main.
type Options struct {
	// Version is shown in the About box.
	Version string
	// OpenFiles are articles to draft at start; the first is opened.
	OpenFiles []string
	// ArchivePath overrides the archive file chosen in Settings (or the
	// default one); tests and the smoke script use a temporary file.
	ArchivePath string
}

// Run builds the main window and runs the app until it quits.
func Run(a fyne.App, opt Options) {
	u := New(a, opt)
	u.startAutosave(autosaveEvery)
	u.Window().ShowAndRun()
	u.closeArchive()
}
