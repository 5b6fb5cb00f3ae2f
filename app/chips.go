package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// maxChips is how many source sentences an item's row names; a "+n"
// button stands for the rest.
const maxChips = 2

// chips are an item's provenance: a button for each of the first source
// sentences it rests on ("S4", or "B·S4" when the brief has several
// sources), which opens that source at that sentence, then "+n", which
// shows them all; "—" when there are none.
func (ed *editor) chips(sec Section, i int) fyne.CanvasObject {
	b := ed.sess.Brief
	cites := b.Citations(ed.sess.Spans(sec, i))
	row := container.NewHBox()
	for _, c := range cites[:min(maxChips, len(cites))] {
		row.Add(chipButton(chipLabel(b, c), func() { ed.cite(sec, i, &c) }))
	}
	switch {
	case len(cites) == 0:
		row.Add(chipButton("—", func() { ed.focus(sec, i) }))
	case len(cites) > maxChips:
		row.Add(chipButton("+"+strconv.Itoa(len(cites)-maxChips), func() { ed.cite(sec, i, nil) }))
	}
	width := float32(120)
	if b.SourceCount() > 1 {
		width = 150
	}
	return container.New(fixedWidth(width), row)
}

// chipButton is one provenance chip.
func chipButton(label string, tapped func()) *widget.Button {
	b := widget.NewButton(label, tapped)
	b.Importance = widget.LowImportance
	return b
}

// chipLabel names a cited sentence: "S4" in a one-source brief, "B·S4"
// in a brief of several sources.
func chipLabel(b *briefing.Brief, c briefing.Citation) string {
	if b.SourceCount() == 1 {
		return "S" + strconv.Itoa(c.Sentence)
	}
	return c.String()
}
