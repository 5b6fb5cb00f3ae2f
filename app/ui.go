package app

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/archive"
)

// UI is the main window and the state behind it. All its methods run on
// the UI goroutine; background work reports back through fyne.Do.
type UI struct {
	app   fyne.App
	win   fyne.Window
	opt   Options
	prefs settings

	arc    *archive.Archive
	list   *archiveList
	sess   *Session
	editor *editor
	source *sourcePane
	status *statusBar

	outer, inner *container.Split
	centre       *fyne.Container
	sourceShown  bool
	compact      bool               // narrow window: the source is a tab
	centreTabs   *container.AppTabs // the Brief and Source tabs of a narrow window
	sourceItem   *fyne.MenuItem

	// modals are the open dialogs made by ask, the front one last.
	modals []*modal
	// kept is what autosave last kept for recovery.
	kept kept

	// jobs counts background work not yet applied to the window; tests
	// wait on it.
	jobs sync.WaitGroup
}

// New builds the main window for a, opens the archive and drafts the first
// of opt.OpenFiles. Show the window with Window().ShowAndRun().
func New(a fyne.App, opt Options) *UI {
	u := &UI{app: a, opt: opt, prefs: settings{a.Preferences()}}
	applyTheme(a, u.prefs.theme())
	if a.Icon() == nil {
		a.SetIcon(fyne.NewStaticResource("briefdesk.png", assets.Icon))
	}
	u.win = a.NewWindow(appName)
	u.win.SetMaster()
	u.build()
	u.win.Resize(u.prefs.windowSize())
	u.win.SetCloseIntercept(u.quit)
	u.win.SetOnDropped(u.dropped)
	u.startArchive()
	if len(opt.OpenFiles) > 0 {
		u.openArgument(opt.OpenFiles[0])
	}
	return u
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// build lays out the window: tool bar, archive list, editor, source, status.
func (u *UI) build() {
	u.status = newStatusBar()
	u.editor = newEditor()
	u.editor.changed = u.edited
	u.editor.focus = u.showProvenance
	u.editor.cite = u.followChip
	u.editor.removed = u.itemRemoved
	u.editor.empty = u.emptyState
	u.source = newSourcePane(u.pickSentence, u.removeSource, u.addSourceItems()...)
	u.inner = container.NewHSplit(u.editor.root, u.source.root)
	u.inner.SetOffset(u.prefs.sourceSplit())
	u.centre = container.New(&widthWatch{onWidth: u.windowResized})
	u.outer = container.NewHSplit(u.buildList(), u.centre)
	u.outer.SetOffset(u.prefs.listSplit())
	u.win.SetMainMenu(u.menu())
	u.setSourceShown(u.prefs.showSource())
	u.win.SetContent(container.NewBorder(u.toolbar(), u.status.root, nil, nil, u.outer))
	u.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { u.dialogKey(ev) })
	u.editor.load(nil)
}

// toolbar is the row of main actions above the panes.
func (u *UI) toolbar() fyne.CanvasObject {
	btn := func(label string, icon fyne.Resource, do func()) *widget.Button {
		b := widget.NewButtonWithIcon(label, icon, do)
		b.Importance = widget.LowImportance
		return b
	}
	left := container.NewHBox(
		btn("New", theme.ContentPasteIcon(), u.newFromPaste),
		btn("Open", theme.FolderOpenIcon(), u.openFile),
		btn("Save", theme.DocumentSaveIcon(), u.save),
		btn("Export", theme.DownloadIcon(), u.export),
		btn("Print", theme.DocumentPrintIcon(), u.print),
		widget.NewSeparator(),
		btn("History", theme.HistoryIcon(), u.showHistory),
		btn("Delete", theme.DeleteIcon(), u.deleteBrief),
	)
	right := container.NewHBox(
		btn("Source", theme.VisibilityIcon(), func() { u.setSourceShown(!u.sourceShown) }),
		btn("", theme.SettingsIcon(), u.showSettings),
	)
	return container.NewVBox(container.NewBorder(nil, nil, left, right), widget.NewSeparator())
}

// setSourceShown shows or hides the source pane.
func (u *UI) setSourceShown(show bool) {
	u.sourceShown = show
	u.arrangeCentre()
	if u.sourceItem != nil {
		u.sourceItem.Checked = show
		u.win.MainMenu().Refresh()
	}
}

// emptyState is what the editor shows with no brief open.
func (u *UI) emptyState() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("No brief open", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	hint := widget.NewLabelWithStyle("Paste an article or open a text file to draft a brief,\nor pick one from the archive on the left.",
		fyne.TextAlignCenter, fyne.TextStyle{})
	hint.Importance = widget.LowImportance
	paste := widget.NewButtonWithIcon("Paste an article…", theme.ContentPasteIcon(), u.newFromPaste)
	paste.Importance = widget.HighImportance
	open := widget.NewButtonWithIcon("Open a file…", theme.FolderOpenIcon(), u.openFile)
	return container.NewCenter(container.NewVBox(title, hint, container.NewCenter(container.NewHBox(paste, open))))
}

// edited follows every edit: the title shows the unsaved mark.
func (u *UI) edited() {
	if u.sess != nil {
		u.sess.Changed()
	}
	u.updateTitle()
}

// updateTitle puts the brief's title and unsaved mark in the window title.
func (u *UI) updateTitle() {
	if u.sess == nil {
		u.win.SetTitle(appName)
		return
	}
	u.win.SetTitle(u.sess.WindowTitle())
}

// openSession shows sess in the editor and its sources in the source pane.
func (u *UI) openSession(sess *Session) {
	u.sess = sess
	u.editor.load(sess)
	if sess == nil {
		u.source.show(nil)
	} else {
		u.source.show(sess.Brief)
	}
	u.updateTitle()
}

// syncSources shows the open brief's sources again when an undo or redo
// changed them.
func (u *UI) syncSources() {
	if u.sess != nil && !u.source.shows(u.sess.Brief) {
		u.source.show(u.sess.Brief)
	}
}

// itemRemoved offers to undo the removal just made.
func (u *UI) itemRemoved(sec Section) {
	u.status.offer("Removed an item from "+sec.String()+".", "Undo", u.undo)
}

// undo takes back the last change to the open brief (Ctrl+Z).
func (u *UI) undo() {
	if u.editor.step(true) {
		u.syncSources()
		u.status.show("Undone.")
	} else {
		u.status.show("Nothing to undo.")
	}
}

// redo makes the last undone change again (Ctrl+Shift+Z).
func (u *UI) redo() {
	if u.editor.step(false) {
		u.syncSources()
		u.status.show("Redone.")
	} else {
		u.status.show("Nothing to redo.")
	}
}

// showProvenance tints the source sentences behind item i of sec.
func (u *UI) showProvenance(sec Section, i int) { u.showCitation(sec, i, nil) }

// followChip brings the source pane forward and shows the source
// sentence at behind item i of sec (nil: all of them, the first in view).
func (u *UI) followChip(sec Section, i int, at *briefing.Citation) {
	u.bringSourceForward()
	u.showCitation(sec, i, at)
}

// showCitation tints the source sentences behind item i of sec and shows
// the one at (nil: the first), opening its source's tab.
func (u *UI) showCitation(sec Section, i int, at *briefing.Citation) {
	if u.sess == nil {
		return
	}
	spans := u.sess.Spans(sec, i)
	cites := u.sess.Brief.Citations(spans)
	u.source.highlight(cites, at)
	if len(cites) == 0 {
		u.status.show("This item is not tied to a source sentence.")
	} else {
		u.status.show(sec.String() + " item from " + strings.Trim(u.sess.Brief.Refs(spans), "[]") + ".")
	}
}

// pickSentence offers to add sentence n of source src to the Summary or
// Background.
func (u *UI) pickSentence(src string, n int, at fyne.Position) {
	if u.sess == nil {
		return
	}
	label := func(sec Section) string { return "Add " + u.sentenceName(src, n) + " to " + sec.String() }
	menu := fyne.NewMenu("",
		fyne.NewMenuItem(label(SecSummary), func() { u.addSentence(SecSummary, src, n) }),
		fyne.NewMenuItem(label(SecBackground), func() { u.addSentence(SecBackground, src, n) }))
	widget.ShowPopUpMenuAtPosition(menu, u.win.Canvas(), at)
}

// addSentence adds sentence n of source src as a new item of sec.
func (u *UI) addSentence(sec Section, src string, n int) {
	if u.sess == nil {
		return
	}
	if i, ok := u.sess.AddSentence(sec, src, n); ok {
		u.editor.reveal(sec, i)
		u.edited()
		u.status.show("Added " + u.sentenceName(src, n) + " to " + sec.String() + ".")
	}
}

// sentenceName names sentence n of source src as the chips do.
func (u *UI) sentenceName(src string, n int) string {
	if s := u.sess.Brief.SourceByID(src); s != nil {
		src = s.ID
	}
	return chipLabel(u.sess.Brief, briefing.Citation{Source: src, Sentence: n})
}
