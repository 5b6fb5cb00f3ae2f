package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// entry returns a field of item i of sec that writes through set.
func (ed *editor) entry(sec Section, i int, text, hint string, multi bool, set func(string)) *fieldEntry {
	var e *fieldEntry
	e = newFieldEntry(text, hint, multi, func(s string) { ed.edit(e, func() { set(s) }) }, func() { ed.focus(sec, i) }, ed.wheel)
	return e
}

// dateEntry returns a date field of item i of sec that marks a value that
// is not an ISO date (an optional field may stay empty).
func (ed *editor) dateEntry(sec Section, i int, text, hint string, optional bool, set func(string)) *fieldEntry {
	e := ed.entry(sec, i, text, hint, false, set)
	e.Validator = dateValidator(optional)
	return e
}

// dateValidator checks an ISO date as the brief's validation does.
func dateValidator(optional bool) func(string) error {
	return func(s string) error {
		if optional && s == "" {
			return nil
		}
		return briefing.CheckDate(s)
	}
}

// choice returns a drop-down of options for item i of sec.
func (ed *editor) choice(options []string, value string, set func(string)) *widget.Select {
	s := widget.NewSelect(options, nil)
	s.SetSelected(value)
	s.OnChanged = func(v string) { ed.edit(s, func() { set(v) }) }
	return s
}

// itemFields edits a summary or background item; background items also
// carry their date.
func (ed *editor) itemFields(sec Section, i int) fyne.CanvasObject {
	items := &ed.sess.Brief.Summary
	if sec == SecBackground {
		items = &ed.sess.Brief.Background
	}
	it := &(*items)[i]
	text := ed.entry(sec, i, it.Text, "Item text", true, func(s string) { it.Text = s })
	if sec != SecBackground {
		return text
	}
	when := ed.dateEntry(sec, i, it.When, "YYYY-MM", true, func(s string) { it.When = s })
	return container.NewBorder(nil, nil, container.New(fixedWidth(110), when), nil, text)
}

// partyFields edits name, kind, role, affiliation and the other names
// the party goes by.
func (ed *editor) partyFields(i int) fyne.CanvasObject {
	p := &ed.sess.Brief.Parties[i]
	name := ed.entry(SecParties, i, p.Name, "Name", true, func(s string) { p.Name = s })
	kind := ed.choice(briefing.PartyKinds, p.Kind, func(s string) { p.Kind = s })
	role := ed.entry(SecParties, i, p.Role, "Role", true, func(s string) { p.Role = s })
	aff := ed.entry(SecParties, i, p.Affiliation, "Affiliation", true, func(s string) { p.Affiliation = s })
	aliases := ed.entry(SecParties, i, joinNames(p.Aliases), "Also called (names separated by ;)", true,
		func(s string) { p.Aliases = splitNames(s) })
	return container.NewVBox(container.NewBorder(nil, nil, nil, container.New(fixedWidth(150), kind), name),
		container.NewGridWithColumns(2, role, aff), aliases)
}

// commitmentFields edits who, status, what, with whom, when and deadline.
func (ed *editor) commitmentFields(i int) fyne.CanvasObject {
	c := &ed.sess.Brief.Commitments[i]
	actors := ed.entry(SecCommitments, i, joinNames(c.Actors), "Who (names separated by ;)", true,
		func(s string) { c.Actors = splitNames(s) })
	status := ed.choice(briefing.Statuses, c.Status, func(s string) { c.Status = s })
	action := ed.entry(SecCommitments, i, c.Action, "What", true, func(s string) { c.Action = s })
	with := ed.entry(SecCommitments, i, joinNames(c.Counterparties), "With whom", true,
		func(s string) { c.Counterparties = splitNames(s) })
	when := ed.dateEntry(SecCommitments, i, c.When, "When (YYYY-MM-DD)", true, func(s string) { c.When = s })
	deadline := ed.dateEntry(SecCommitments, i, c.Deadline, "Deadline", true, func(s string) { c.Deadline = s })
	return container.NewVBox(container.NewBorder(nil, nil, nil, container.New(fixedWidth(150), status), actors),
		action, container.NewGridWithColumns(3, with, when, deadline))
}

// dateFields edits a key date: its ISO value and its words in the source.
func (ed *editor) dateFields(i int) fyne.CanvasObject {
	d := &ed.sess.Brief.Dates[i]
	value := ed.dateEntry(SecDates, i, d.Value, "YYYY-MM-DD", false, func(s string) { d.Value = s; d.Precision = briefing.PrecisionOf(s) })
	text := ed.entry(SecDates, i, d.Text, "As written", true, func(s string) { d.Text = s })
	return container.NewBorder(nil, nil, container.New(fixedWidth(130), value), nil, text)
}

// figureFields edits a key figure: as written, and its unit.
func (ed *editor) figureFields(i int) fyne.CanvasObject {
	f := &ed.sess.Brief.Figures[i]
	text := ed.entry(SecFigures, i, f.Text, "Figure as written", true, func(s string) { f.Text = s })
	unit := ed.entry(SecFigures, i, f.Unit, "Unit", false, func(s string) { f.Unit = s })
	return container.NewBorder(nil, nil, nil, container.New(fixedWidth(200), unit), text)
}

// disagreementFields shows, read-only, what the sources disagree about
// and each value with the sentences that give it: "12 [A·S3]".
func (ed *editor) disagreementFields(i int) fyne.CanvasObject {
	b := ed.sess.Brief
	d := b.Disagreements[i]
	about := widget.NewLabelWithStyle(d.About+" ("+d.Kind+")", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	about.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(about)
	for _, c := range d.Claims {
		l := widget.NewLabel(c.Text + "  " + b.Refs(c.Spans))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	return box
}
