package app

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/fetch"
)

// openURLItem is File ▸ Open web address… (Ctrl+L, as in web browsers).
func (u *UI) openURLItem() *fyne.MenuItem {
	m := u.item("Open web address…", "", u.openURL)
	m.Shortcut = shortcut(fyne.KeyL)
	return m
}

// openURL asks for a web address, filled in from the clipboard when it
// holds one, and drafts the article found there as a new brief.
func (u *UI) openURL() { u.openURLInto(newBrief) }

// openURLInto asks for a web address and drafts the article found there
// as a new brief or a further source.
func (u *UI) openURLInto(dest destination) {
	entry := u.newKeyEntry(false, "https://…")
	if clip := strings.TrimSpace(u.app.Clipboard().Content()); fetch.IsURL(clip) {
		entry.SetText(clip)
	}
	hint := widget.NewLabel("BriefDesk fetches the page (HTML or plain text, up to 10 MB) and drafts its article.")
	hint.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	d, _ = u.ask(dest.pick("Open web address", "Add a source from a web address"), container.NewVBox(entry, hint),
		choice{label: "Cancel", keys: onEscape},
		choice{label: "Fetch and draft", keys: onEnter, stay: true, do: func() {
			address := strings.TrimSpace(entry.Text)
			if _, err := fetch.ParseURL(address); err != nil {
				u.inform("Check the web address", sentence(err.Error()))
				return
			}
			d.Hide()
			u.begin(dest, func() { u.fetchInto(address, dest) })
		}})
	d.Resize(fyne.NewSize(600, 0))
	u.win.Canvas().Focus(entry)
}

// openArgument drafts the article named on the command line: a web
// address or a file.
func (u *UI) openArgument(arg string) {
	if fetch.IsURL(arg) {
		u.fetchURL(strings.TrimSpace(arg))
		return
	}
	u.openPath(arg)
}

// fetchURL fetches and drafts the article at address off the UI goroutine,
// with a progress dialog whose Cancel stops the fetch and changes nothing,
// as a new brief.
func (u *UI) fetchURL(address string) { u.fetchInto(address, newBrief) }

// fetchInto is fetchURL for a new brief or a further source.
func (u *UI) fetchInto(address string, d destination) {
	ctx, cancel := context.WithCancel(context.Background())
	where := address
	if parsed, err := fetch.ParseURL(address); err == nil {
		where = parsed.Host
	}
	msg := widget.NewLabel("Fetching and drafting the article from " + where + "…")
	progress, _ := u.ask("Opening a web page", container.NewVBox(msg, widget.NewProgressBarInfinite()),
		choice{label: "Cancel", keys: onEscape, do: cancel})
	u.status.start("Fetching " + where + "…")
	inBackground(u, func() (*briefing.Brief, error) { return fetch.New().Draft(ctx, address) },
		func(b *briefing.Brief, err error) {
			cancel()
			progress.Hide()
			u.status.stop()
			if errors.Is(err, fetch.ErrCancelled) {
				u.status.show("Fetch cancelled; nothing was changed.")
				return
			}
			u.deliver(d, "The web page could not be opened", b, err)
		})
}
