// Command briefdesk drafts briefing notes from news articles: with no
// arguments (or a file to open) it starts the desktop app, otherwise it runs
// a command-line subcommand.
package main

import (
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"github.com/briefdesk/briefdesk/app"
	"github.com/briefdesk/briefdesk/cli"
	_ "github.com/briefdesk/briefdesk/internal/locale" // before the toolkit reads the locale
)

// version is the released version; `make dist` may override it with -ldflags.
var version = "0.1.0"

func main() {
	cli.Version = version
	args := os.Args[1:]
	if !cli.StartsApp(args) {
		os.Exit(cli.Run(args, cli.Stdio()))
	}
	a := fyneapp.NewWithID(app.ID)
	// BRIEFDESK_ARCHIVE names another archive file (the smoke test uses a temporary one).
	app.Run(a, app.Options{Version: version, OpenFiles: args, ArchivePath: os.Getenv("BRIEFDESK_ARCHIVE")})
}
