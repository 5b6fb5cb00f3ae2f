package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/diff"
)

// briefView shows a brief read-only, one card a section as the editor
// has them, one line an item.
func briefView(b *briefing.Brief) fyne.CanvasObject {
	box := container.NewVBox()
	for _, s := range diff.Sections(b) {
		text := widget.NewLabel(s.Text)
		text.Wrapping = fyne.TextWrapWord
		box.Add(section(s.Name, text))
	}
	return box
}

// compareView shows two revisions section by section, words taken out in
// red between [− ], words put in bold green between [+ ]; unchanged
// sections are folded to a line.
func compareView(old, new *briefing.Brief) fyne.CanvasObject {
	box := container.NewVBox()
	for _, c := range diff.Revisions(old, new) {
		if !diff.Changed(c.Ops) {
			same := widget.NewLabel(c.Name + ": no change")
			same.Importance = widget.LowImportance
			box.Add(same)
			continue
		}
		text := widget.NewRichText(diffSegments(c.Ops)...)
		text.Wrapping = fyne.TextWrapWord
		box.Add(section(c.Name, text))
	}
	return box
}

// diffSegments turns word runs into rich-text segments, a line a paragraph.
func diffSegments(ops []diff.Op) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	endLine := func() {
		if n := len(segs); n > 0 {
			segs[n-1].(*widget.TextSegment).Style.Inline = false
		}
	}
	for _, op := range ops {
		if op.Text == "\n" {
			endLine()
			continue
		}
		style := widget.RichTextStyleInline
		text := op.Text + " "
		switch op.Kind {
		case diff.Removed:
			style.ColorName = theme.ColorNameError
			text = "[−" + op.Text + "] "
		case diff.Added:
			style.ColorName = theme.ColorNameSuccess
			style.TextStyle = fyne.TextStyle{Bold: true}
			text = "[+" + op.Text + "] "
		}
		segs = append(segs, &widget.TextSegment{Style: style, Text: text})
	}
	endLine()
	return segs
}
