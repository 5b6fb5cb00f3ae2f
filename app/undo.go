package app

import "github.com/briefdesk/briefdesk/briefing"

// undoLevels is how many changes Undo can take back.
const undoLevels = 200

// history holds the brief as it was before each change (undo) and as it
// was before each undo (redo).
type history struct {
	undo, redo []*briefing.Brief
	field      any // the field of the last text edit, whose keystrokes merge
}

// Checkpoint records the brief as it is, before a change. Keystrokes in
// the same field (field non-nil and the same as the last) make one change;
// a nil field always starts a new one. A new change clears Redo.
func (s *Session) Checkpoint(field any) {
	h := &s.undo
	if field != nil && field == h.field {
		return
	}
	h.field = field
	h.undo = append(h.undo, s.Brief.Clone())
	if len(h.undo) > undoLevels {
		h.undo = h.undo[1:]
	}
	h.redo = nil
}

// CanUndo reports whether there is a change to take back.
func (s *Session) CanUndo() bool { return len(s.undo.undo) > 0 }

// CanRedo reports whether there is an undone change to make again.
func (s *Session) CanRedo() bool { return len(s.undo.redo) > 0 }

// Undo takes back the last change and reports whether there was one.
func (s *Session) Undo() bool { return s.step(&s.undo.undo, &s.undo.redo) }

// Redo makes the last undone change again and reports whether there was one.
func (s *Session) Redo() bool { return s.step(&s.undo.redo, &s.undo.undo) }

// step moves the brief to the last state of from, keeping the current one
// on to.
func (s *Session) step(from, to *[]*briefing.Brief) bool {
	if len(*from) == 0 {
		return false
	}
	prev := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, s.Brief.Clone())
	*s.Brief = *prev
	s.undo.field = nil
	s.Changed()
	return true
}
