package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// compactWidth is the window width below which the source pane becomes a
// tab beside the brief instead of a column.
const compactWidth = 1000

// widthWatch stacks its objects like container.NewStack and reports each
// new width it is laid out at.
type widthWatch struct {
	last    float32
	onWidth func(float32)
}

// MinSize is the largest minimum size of the objects.
func (w *widthWatch) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}

// Layout gives every object the whole space, then reports a new width.
func (w *widthWatch) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size.Width != w.last {
		w.last = size.Width
		w.onWidth(size.Width)
	}
}

// windowResized switches between the wide and the compact arrangement.
func (u *UI) windowResized(float32) {
	compact := u.win.Canvas().Size().Width < compactWidth
	if compact != u.compact {
		u.compact = compact
		u.arrangeCentre()
	}
}

// bringSourceForward shows the source pane: turned on when hidden, its
// tab chosen in a narrow window.
func (u *UI) bringSourceForward() {
	if !u.sourceShown {
		u.setSourceShown(true)
	}
	if u.centreTabs != nil {
		u.centreTabs.SelectIndex(1)
	}
}

// arrangeCentre puts the editor and, when shown, the source in the centre:
// side by side, or as two tabs in a narrow window.
func (u *UI) arrangeCentre() {
	u.editor.root.Show() // tabs hide the content of the tab not chosen
	u.source.root.Show()
	u.centreTabs = nil
	switch {
	case !u.sourceShown:
		u.centre.Objects = []fyne.CanvasObject{u.editor.root}
	case u.compact:
		u.centreTabs = container.NewAppTabs(
			container.NewTabItem("Brief", u.editor.root), container.NewTabItem("Source", u.source.root))
		u.centre.Objects = []fyne.CanvasObject{u.centreTabs}
	default:
		u.inner.Leading, u.inner.Trailing = u.editor.root, u.source.root
		u.inner.Refresh()
		u.centre.Objects = []fyne.CanvasObject{u.inner}
	}
	u.centre.Refresh()
}
