package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// fixedWidth lays out its objects stacked at a fixed width and their
// natural height, for narrow fields such as dates.
type fixedWidth float32

// MinSize is the fixed width by the tallest object's height.
func (w fixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(w), h)
}

// Layout gives every object the whole space.
func (w fixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// tightRows stacks objects vertically, overlapping their inner padding so
// that two labels read as one list entry.
type tightRows struct{}

// MinSize is the widest object by the stacked heights less the overlaps.
func (tightRows) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objects {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
		if i > 0 {
			h -= theme.InnerPadding()
		}
	}
	return fyne.NewSize(w, h)
}

// Layout places the objects top to bottom at full width.
func (tightRows) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objects {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.InnerPadding()
	}
}
