package app

import (
	"io"
	"runtime/debug"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/fetch"
	"github.com/briefdesk/briefdesk/briefing/source"
)

// pasteForm is the New-from-paste dialog's fields.
type pasteForm struct {
	text, title, url, published *keyEntry
	dlg                         *dialog.CustomDialog
}

// newFromPaste opens the paste dialog; Draft drafts the pasted article.
func (u *UI) newFromPaste() { u.pasteInto(newBrief) }

// pasteInto opens the paste dialog for a new brief or a further source.
func (u *UI) pasteInto(d destination) {
	f := &pasteForm{
		text:      u.newKeyEntry(true, "Paste the article here (for a long article, copy it and use Draft from clipboard)"),
		title:     u.newKeyEntry(false, "Optional"),
		url:       u.newKeyEntry(false, "Optional"),
		published: u.newKeyEntry(false, "YYYY-MM-DD (today when empty)"),
	}
	f.text.SetMinRowsVisible(14)
	f.text.onLongPaste = func(text string) { u.submitPaste(f, text, d) } // drafted at once, kept out of the box
	meta := widget.NewForm(widget.NewFormItem("Source title", f.title), widget.NewFormItem("Web address", f.url),
		widget.NewFormItem("Published", f.published))
	content := container.NewBorder(nil, meta, nil, nil, f.text)
	f.dlg, _ = u.ask(d.pick("New brief from pasted text", "Add a source from pasted text"), content,
		choice{label: "Cancel", keys: onEscape},
		choice{label: "Draft from clipboard", stay: true, do: func() { u.submitPaste(f, u.app.Clipboard().Content(), d) }},
		choice{label: "Draft", keys: onEnter, stay: true, do: func() { u.submitPaste(f, f.text.Text, d) }})
	f.dlg.Resize(fyne.NewSize(760, 620))
	u.win.Canvas().Focus(f.text)
}

// submitPaste checks the paste dialog and starts drafting text: the
// dialog's entry, or the clipboard's content taken directly, which keeps a
// very long article out of the text entry (slow to edit past some 20,000
// characters). A wrong field keeps the dialog open.
func (u *UI) submitPaste(f *pasteForm, text string, d destination) {
	published, err := briefing.ParseDay(f.published.Text)
	if err != nil {
		u.inform("Check the published date", "The published date "+sentence(err.Error()))
		return
	}
	if strings.TrimSpace(text) == "" {
		u.inform("Nothing to draft", sentence(draft.ErrEmpty.Error()))
		return
	}
	f.dlg.Hide()
	if fetch.IsURL(text) {
		u.begin(d, func() { u.fetchInto(strings.TrimSpace(text), d) })
		return
	}
	opt := draft.Options{Published: published, Title: strings.TrimSpace(f.title.Text), URL: strings.TrimSpace(f.url.Text),
		SummaryWords: u.prefs.summaryWords()}
	u.begin(d, func() {
		u.draftInto("Drafting the pasted article…", func() (*briefing.Brief, error) { return draft.Draft(text, opt) }, d)
	})
}

// openFile asks for an article file and drafts it as a new brief.
func (u *UI) openFile() { u.openFileInto(newBrief) }

// openFileInto asks for an article file and drafts it as a new brief or a
// further source.
func (u *UI) openFileInto(dest destination) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError("The file could not be opened", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, source.MaxFileBytes+1))
		if err != nil {
			u.showError("The file could not be read", err)
			return
		}
		u.openDataInto(r.URI().Name(), data, dest)
	}, u.win)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// dropped drafts the first file dropped on the window: as a new brief or,
// with a brief open and as the analyst chooses, as a further source of it.
func (u *UI) dropped(_ fyne.Position, uris []fyne.URI) {
	for _, uri := range uris {
		if uri.Scheme() != "file" {
			continue
		}
		path := uri.Path()
		if u.sess == nil || u.modalOpen() {
			u.openPath(path)
			return
		}
		next := briefing.SourceID(u.sess.Brief.SourceCount()) // merging letters the sources A, B … again
		msg := widget.NewLabel("Draft “" + baseName(path) + "” as a brief of its own, or add it to the open brief as source " + next + "?")
		msg.Wrapping = fyne.TextWrapWord
		d, _ := u.ask("A file was dropped", msg,
			choice{label: "Cancel", keys: onEscape},
			choice{label: "New brief", do: func() { u.openPath(path) }},
			choice{label: "Add as source " + next, keys: onEnter, do: func() { u.addSourceBy(func(dest destination) { u.openPathInto(path, dest) }) }})
		d.Resize(fyne.NewSize(520, 0))
		return
	}
}

// openPath drafts the article in the file at path as a new brief.
func (u *UI) openPath(path string) { u.openPathInto(path, newBrief) }

// openPathInto drafts the article in the file at path as a new brief or a
// further source.
func (u *UI) openPathInto(path string, d destination) {
	words := u.prefs.summaryWords()
	u.begin(d, func() {
		u.draftInto("Reading and drafting "+baseName(path)+"…", func() (*briefing.Brief, error) {
			src, err := source.ReadFile(path)
			if err != nil {
				return nil, err
			}
			return draftSource(src, words)
		}, d)
	})
}

// openData drafts an article file already read into memory as a new brief.
func (u *UI) openData(name string, data []byte) { u.openDataInto(name, data, newBrief) }

// openDataInto drafts an article file already read into memory as a new
// brief or a further source.
func (u *UI) openDataInto(name string, data []byte, d destination) {
	words := u.prefs.summaryWords()
	u.begin(d, func() {
		u.draftInto("Drafting "+name+"…", func() (*briefing.Brief, error) {
			src, err := source.Read(name, data)
			if err != nil {
				return nil, err
			}
			return draftSource(src, words)
		}, d)
	})
}

func draftSource(src source.Source, summaryWords int) (*briefing.Brief, error) {
	return draft.Draft(src.Text, draft.Options{Published: src.Published, Title: src.Title, URL: src.URL,
		Author: src.Author, Fetched: src.Fetched, SummaryWords: summaryWords})
}

// bigArticle is the size (in bytes) past which the memory drafting used
// is handed back to the system at once rather than kept for later.
const bigArticle = 256 << 10

// draftInBackground runs work off the UI goroutine with the spinner and a
// Cancel button on, and opens the drafted brief, with the default marking
// and author, when done (unless cancelled: the result is then dropped).
func (u *UI) draftInBackground(msg string, work func() (*briefing.Brief, error)) {
	u.draftInto(msg, work, newBrief)
}

// draftInto is draftInBackground for a new brief or a further source.
func (u *UI) draftInto(msg string, work func() (*briefing.Brief, error), d destination) {
	withCancel(u, msg, "Drafting cancelled.", func(func() bool) (*briefing.Brief, error) {
		b, err := work()
		if err == nil && len(b.Source.Text) > bigArticle {
			debug.FreeOSMemory() // drafting's working memory is garbage now: give it back
		}
		return b, err
	}, func(b *briefing.Brief, err error) { u.deliver(d, "The article could not be drafted", b, err) })
}

// openDrafted opens a drafted brief with the default marking and author,
// or tells why there is none under the title failed.
func (u *UI) openDrafted(failed string, b *briefing.Brief, err error) {
	if err != nil {
		u.showError(failed, err)
		u.status.show("")
		return
	}
	b.Marking = u.prefs.marking()
	b.Author = u.prefs.author()
	u.openSession(NewSession(b))
	u.list.clearSelection()
	u.status.show("Drafted. Check each item against the source, then save (Ctrl+S).")
}

// inBackground runs work in a goroutine and then done on the UI goroutine.
func inBackground[T any](u *UI, work func() (T, error), done func(T, error)) {
	u.jobs.Add(1)
	go func() {
		b, err := work()
		fyne.Do(func() {
			defer u.jobs.Done()
			done(b, err)
		})
	}()
}

// baseName is the last element of a slash- or backslash-separated path.
func baseName(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[i+1:]
	}
	return path
}
