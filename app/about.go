package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// credits names the work BriefDesk ships or builds on, with its licence.
const credits = `**Fonts** (in exported PDFs)

- DejaVu Sans — Bitstream Vera Fonts licence (DejaVu changes in the public domain)
- Droid Sans Fallback — Apache License 2.0

**Data**

- Country names, capitals and demonyms from the world-countries package — Open Database Licence (ODbL-1.0)

**Libraries**

- Fyne (user interface) — BSD 3-Clause
- bbolt (archive) — MIT
- fpdf (PDF) — MIT
- godocx (Word documents) — MIT
- sentences (sentence splitting) — MIT
- snowball (stemming) — MIT
- Go and its x/ libraries — BSD 3-Clause`

// showAbout shows the version, the licence and the credits.
func (u *UI) showAbout() {
	head := widget.NewRichTextFromMarkdown("## BriefDesk " + u.opt.Version +
		"\n\nDrafts briefing notes from news articles, every item tied to its source sentence.\n\n" +
		"BriefDesk is released under the MIT licence (see the LICENSE file that comes with it).")
	head.Wrapping = fyne.TextWrapWord
	body := widget.NewRichTextFromMarkdown(credits)
	body.Wrapping = fyne.TextWrapWord
	d, _ := u.ask("About BriefDesk", container.NewVScroll(container.NewVBox(head, widget.NewSeparator(), body)),
		choice{label: "Close", keys: onEnter | onEscape})
	d.Resize(fyne.NewSize(600, 560))
}
