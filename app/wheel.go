package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// wheelPass lies over a text box and hands the mouse wheel on (to the
// editor's page): a Fyne 2.7 text box is its own scroll area and would
// keep the wheel even when its text fits. The window gives the wheel to
// the last scrollable object under the pointer in drawing order, which
// this is; taps, hovering and the pointer's shape still reach the box.
type wheelPass struct {
	widget.BaseWidget
	onWheel func(*fyne.ScrollEvent)
}

func newWheelPass(onWheel func(*fyne.ScrollEvent)) *wheelPass {
	w := &wheelPass{onWheel: onWheel}
	w.ExtendBaseWidget(w)
	return w
}

// Scrolled hands the wheel on.
func (w *wheelPass) Scrolled(ev *fyne.ScrollEvent) { w.onWheel(ev) }

// CreateRenderer draws nothing.
func (w *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{})
}

// wheelRenderer is a text box's renderer with a wheelPass laid over it.
type wheelRenderer struct {
	fyne.WidgetRenderer
	pass    *wheelPass
	objects []fyne.CanvasObject
}

// Layout lays out the box, then the wheelPass over all of it.
func (r *wheelRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.pass.Move(fyne.NewPos(0, 0))
	r.pass.Resize(size)
}

// Objects are the box's objects, then the wheelPass.
func (r *wheelRenderer) Objects() []fyne.CanvasObject {
	inner := r.WidgetRenderer.Objects()
	if len(r.objects) != len(inner)+1 {
		r.objects = append(append(make([]fyne.CanvasObject, 0, len(inner)+1), inner...), r.pass)
	} else {
		copy(r.objects, inner)
	}
	return r.objects
}
