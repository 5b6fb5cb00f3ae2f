package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// statusBar is the line at the bottom of the window: a message, a spinner
// while work runs in the background, and one optional action such as Undo.
type statusBar struct {
	root   fyne.CanvasObject
	msg    *widget.Label
	busy   *widget.Activity
	action *widget.Button
	busyN  int
}

func newStatusBar() *statusBar {
	s := &statusBar{msg: widget.NewLabel(""), busy: widget.NewActivity()}
	s.msg.Truncation = fyne.TextTruncateEllipsis
	s.action = widget.NewButton("", nil)
	s.action.Importance = widget.LowImportance
	s.action.Hide()
	s.busy.Hide()
	s.root = container.NewBorder(widget.NewSeparator(), nil, s.busy, s.action, s.msg)
	return s
}

// show sets the message and removes any action.
func (s *statusBar) show(msg string) {
	s.msg.SetText(msg)
	s.action.Hide()
}

// offer sets the message with an action button beside it.
func (s *statusBar) offer(msg, label string, do func()) {
	s.msg.SetText(msg)
	s.action.SetText(label)
	s.action.OnTapped = func() {
		s.action.Hide()
		do()
	}
	s.action.Show()
}

// start shows the spinner with a message until the matching stop.
func (s *statusBar) start(msg string) {
	s.busyN++
	s.show(msg)
	s.busy.Show()
	s.busy.Start()
}

// stop ends one start; the spinner hides when none remain.
func (s *statusBar) stop() {
	if s.busyN > 0 {
		s.busyN--
	}
	if s.busyN == 0 {
		s.busy.Stop()
		s.busy.Hide()
	}
}
