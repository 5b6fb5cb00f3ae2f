package app

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// editor is the centre of the window: the brief's header fields and one
// card a section, every item a row of entries. It edits the session's brief
// in place and reports through its callbacks.
type editor struct {
	root     *fyne.Container
	scroll   *container.Scroll
	sess     *Session
	rows     map[Section]*fyne.Container
	shown    map[Section]int // rows shown of each section, beyond firstRows
	shownFor *Session
	title    *fieldEntry

	changed func()                                 // any edit
	focus   func(Section, int)                     // an item's field gained focus
	cite    func(Section, int, *briefing.Citation) // a provenance chip was tapped
	removed func(sec Section)                      // an item was removed (undo offered)
	empty   func() fyne.CanvasObject               // what to show with no brief open
}

func newEditor() *editor {
	ed := &editor{root: container.NewStack()}
	return ed
}

// load shows sess (nil for none) in the editor.
func (ed *editor) load(sess *Session) {
	ed.sess = sess
	ed.scroll = nil
	ed.rows = map[Section]*fyne.Container{}
	if sess != ed.shownFor { // a new brief starts with the first rows
		ed.shown, ed.shownFor = map[Section]int{}, sess
	}
	if sess == nil {
		ed.root.Objects = []fyne.CanvasObject{ed.empty()}
		ed.root.Refresh()
		return
	}
	// Built bottom-up and attached once: adding to a container lays it out.
	body := container.NewVBox(ed.header(),
		ed.card("Summary", SecSummary),
		ed.card("Parties", SecParties),
		ed.card("Commitments", SecCommitments),
		ed.card("Background", SecBackground),
		ed.card("Key dates and figures", SecDates, SecFigures))
	if len(sess.Brief.Disagreements) > 0 {
		body.Add(ed.card("Where the sources disagree", SecDisagreements))
	}
	ed.scroll = container.NewVScroll(container.NewPadded(body))
	ed.root.Objects = []fyne.CanvasObject{ed.scroll}
	ed.root.Refresh()
}

// header holds title, marking, date, author and tags.
func (ed *editor) header() fyne.CanvasObject {
	b := ed.sess.Brief
	ed.title = ed.headerEntry(b.Title, "Title", func(s string) { b.Title = s })
	ed.title.TextStyle = fyne.TextStyle{Bold: true}
	marking := widget.NewSelectEntry(markingPresets)
	marking.SetText(b.Marking)
	marking.SetPlaceHolder("Marking")
	marking.OnChanged = func(s string) { ed.edit(marking, func() { b.Marking = s }) }
	date := ed.headerEntry(b.Source.Published, "YYYY-MM-DD", func(s string) { b.Source.Published = s })
	date.Validator = dateValidator(true)
	author := ed.headerEntry(b.Author, "Author", func(s string) { b.Author = s })
	tags := ed.headerEntry(joinNames(b.Tags), "tag; tag", func(s string) { b.Tags = splitNames(s) })
	grid := container.NewGridWithColumns(4, labelled("Marking", marking), labelled("Source date", date),
		labelled("Author", author), labelled("Tags", tags))
	return container.NewVBox(labelled("Title", ed.title), grid)
}

// headerEntry returns a one-line field of the brief's header.
func (ed *editor) headerEntry(text, hint string, set func(string)) *fieldEntry {
	var e *fieldEntry
	e = newFieldEntry(text, hint, false, func(s string) { ed.edit(e, func() { set(s) }) }, nil, ed.wheel)
	return e
}

// wheel scrolls the page: the mouse wheel over a text box lands here.
func (ed *editor) wheel(ev *fyne.ScrollEvent) {
	if ed.scroll != nil {
		ed.scroll.Scrolled(ev)
	}
}

// edit applies a change made in field (nil for none), recording the brief
// as it was for Undo; keystrokes in one field make one change.
func (ed *editor) edit(field any, apply func()) {
	ed.sess.Checkpoint(field)
	apply()
	ed.changed()
}

// card is one section's card: its rows and an "add item" button each.
func (ed *editor) card(title string, secs ...Section) fyne.CanvasObject {
	var parts []fyne.CanvasObject
	for _, sec := range secs {
		rows := container.NewVBox()
		ed.rows[sec] = rows
		ed.fill(sec)
		if len(secs) > 1 {
			parts = append(parts, widget.NewLabelWithStyle(sec.String(), fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
		}
		parts = append(parts, rows)
		if sec != SecDisagreements {
			add := widget.NewButtonWithIcon(addLabel(sec), theme.ContentAddIcon(), func() { ed.add(sec) })
			add.Importance = widget.LowImportance
			parts = append(parts, container.NewHBox(add))
		}
	}
	return section(title, container.NewVBox(parts...))
}

func addLabel(sec Section) string {
	switch sec {
	case SecParties:
		return "Add party"
	case SecCommitments:
		return "Add commitment"
	case SecDates:
		return "Add date"
	case SecFigures:
		return "Add figure"
	}
	return "Add item"
}

// firstRows is how many rows a section shows at first; "Show more" adds
// moreRows at a time, so a long article's brief opens fast.
const (
	firstRows = 25
	moreRows  = 50
)

// fill rebuilds one section's rows from the session: the rows shown so
// far, then a button for the rest.
func (ed *editor) fill(sec Section) {
	rows := ed.rows[sec]
	n := ed.sess.Len(sec)
	shown := min(n, max(ed.shown[sec], firstRows))
	objs := make([]fyne.CanvasObject, 0, 2*shown+1)
	for i := 0; i < shown; i++ {
		if i > 0 {
			objs = append(objs, widget.NewSeparator())
		}
		objs = append(objs, ed.row(sec, i))
	}
	if shown < n {
		more := widget.NewButton("Show "+strconv.Itoa(min(moreRows, n-shown))+" more ("+strconv.Itoa(n)+" in all)", func() {
			ed.shown[sec] = shown + moreRows
			ed.fill(sec)
		})
		more.Importance = widget.LowImportance
		objs = append(objs, container.NewHBox(more))
	}
	if len(objs) == 0 {
		none := widget.NewLabel("None found.")
		none.Importance = widget.LowImportance
		objs = append(objs, none)
	}
	rows.Objects = objs
	if ed.scroll != nil { // rebuilt in place: lay out again
		rows.Refresh()
	}
}

// row is item i of a section with its controls on the right.
func (ed *editor) row(sec Section, i int) fyne.CanvasObject {
	var fields fyne.CanvasObject
	switch sec {
	case SecParties:
		fields = ed.partyFields(i)
	case SecCommitments:
		fields = ed.commitmentFields(i)
	case SecDates:
		fields = ed.dateFields(i)
	case SecFigures:
		fields = ed.figureFields(i)
	case SecDisagreements:
		fields = ed.disagreementFields(i)
	default:
		fields = ed.itemFields(sec, i)
	}
	return container.NewBorder(nil, nil, nil, ed.controls(sec, i), fields)
}

// controls are the provenance chips, move up, move down and delete buttons.
func (ed *editor) controls(sec Section, i int) fyne.CanvasObject {
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { ed.move(sec, i, -1) })
	down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { ed.move(sec, i, 1) })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { ed.remove(sec, i) })
	up.Importance, down.Importance, del.Importance = widget.LowImportance, widget.LowImportance, widget.LowImportance
	if i == 0 {
		up.Disable()
	}
	if i == ed.sess.Len(sec)-1 {
		down.Disable()
	}
	return container.NewVBox(container.NewHBox(ed.chips(sec, i), up, down, del))
}

func (ed *editor) add(sec Section) {
	i := ed.sess.Add(sec)
	ed.reveal(sec, i)
	ed.changed()
	ed.focusRow(sec, i)
}

// reveal shows the rows of sec down to row i and lays them out again.
func (ed *editor) reveal(sec Section, i int) {
	ed.shown[sec] = max(ed.shown[sec], i+1)
	ed.fill(sec)
}

func (ed *editor) move(sec Section, i, delta int) {
	if ed.sess.Move(sec, i, delta) {
		ed.fill(sec)
		ed.changed()
	}
}

func (ed *editor) remove(sec Section, i int) {
	if ed.sess.Remove(sec, i) {
		ed.fill(sec)
		ed.changed()
		ed.removed(sec)
	}
}

// step undoes (or redoes) a change and shows the brief as it is then, the
// keyboard focus back in the same field.
func (ed *editor) step(undo bool) bool {
	if ed.sess == nil {
		return false
	}
	ok := ed.sess.Redo
	if undo {
		ok = ed.sess.Undo
	}
	focused := ed.focusedField()
	if !ok() {
		return false
	}
	ed.load(ed.sess)
	ed.focusField(focused)
	ed.changed()
	return true
}

// focusRow puts the keyboard focus in the first field of item i.
func (ed *editor) focusRow(sec Section, i int) {
	if e := ed.firstEntry(sec, i); e != nil {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			c.Focus(e)
		}
	}
}

// firstEntry returns the first field of item i of a section, or nil.
func (ed *editor) firstEntry(sec Section, i int) *fieldEntry {
	rows := ed.rows[sec]
	if rows == nil || 2*i >= len(rows.Objects) {
		return nil
	}
	return findEntry(rows.Objects[2*i])
}

// findEntry returns the first fieldEntry in an object tree.
func findEntry(o fyne.CanvasObject) *fieldEntry {
	switch v := o.(type) {
	case *fieldEntry:
		return v
	case *fyne.Container:
		for _, c := range v.Objects {
			if e := findEntry(c); e != nil {
				return e
			}
		}
	}
	return nil
}

// labelled puts a small caption above a field.
func labelled(caption string, field fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabel(caption)
	l.SizeName = theme.SizeNameCaptionText
	return container.NewBorder(l, nil, nil, nil, field)
}

// section frames a part of the brief with a heading and a thin border.
func section(title string, content fyne.CanvasObject) fyne.CanvasObject {
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameSubHeadingText
	frame := canvas.NewRectangle(color.Transparent)
	frame.StrokeColor = theme.Color(theme.ColorNameSeparator)
	frame.StrokeWidth = 1
	frame.CornerRadius = theme.InputRadiusSize() * 2
	return container.NewPadded(container.NewStack(frame, container.NewPadded(container.NewBorder(heading, nil, nil, nil, content))))
}
