package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// sentenceView is one sentence of the source pane: its number and its text,
// tinted when the item being edited came from it. Tapping it offers to add
// the sentence to the brief.
type sentenceView struct {
	widget.BaseWidget
	n         int
	text      string
	furniture bool // page furniture (a caption, a byline): shown dimmed
	onTap     func(n int, at fyne.Position)

	bg *canvas.Rectangle
}

func newSentenceView(n int, text string, furniture bool, onTap func(int, fyne.Position)) *sentenceView {
	v := &sentenceView{n: n, text: text, furniture: furniture, onTap: onTap, bg: canvas.NewRectangle(nil)}
	v.bg.CornerRadius = theme.InputRadiusSize()
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer lays the number in a narrow column beside the wrapped text.
func (v *sentenceView) CreateRenderer() fyne.WidgetRenderer {
	num := canvas.NewText("S"+strconv.Itoa(v.n), theme.Color(theme.ColorNamePlaceHolder))
	num.TextSize = theme.CaptionTextSize()
	numBox := container.NewGridWrap(fyne.NewSize(34, num.MinSize().Height), num)
	body := widget.NewLabel(v.text)
	body.Wrapping = fyne.TextWrapWord
	if v.furniture {
		body.Importance = widget.LowImportance
		body.TextStyle = fyne.TextStyle{Italic: true}
	}
	row := container.NewBorder(nil, nil, container.NewPadded(numBox), nil, body)
	return widget.NewSimpleRenderer(container.NewStack(v.bg, row))
}

// setLit tints or clears the sentence's background.
func (v *sentenceView) setLit(lit bool) {
	if lit {
		v.bg.FillColor = theme.Color(theme.ColorNameSelection)
	} else {
		v.bg.FillColor = nil
	}
	v.bg.Refresh()
}

// Tapped offers the sentence's actions at the tap position.
func (v *sentenceView) Tapped(ev *fyne.PointEvent) {
	if v.onTap != nil {
		v.onTap(v.n, ev.AbsolutePosition)
	}
}
