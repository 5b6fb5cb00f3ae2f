package app

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Section names one list section of a brief in the editor.
type Section int

// The list sections, in the order the editor shows them.
const (
	SecSummary Section = iota
	SecParties
	SecCommitments
	SecBackground
	SecDates
	SecFigures
)

// Sections lists every section in display order.
var Sections = []Section{SecSummary, SecParties, SecCommitments, SecBackground, SecDates, SecFigures}

// String returns the section's heading as shown to the analyst.
func (s Section) String() string {
	switch s {
	case SecSummary:
		return "Summary"
	case SecParties:
		return "Parties"
	case SecCommitments:
		return "Commitments"
	case SecBackground:
		return "Background"
	case SecDates:
		return "Key dates"
	case SecFigures:
		return "Key figures"
	}
	return "Unknown section"
}

// Session is one brief open in the editor: the brief being edited, whether
// it has unsaved changes, and the last removed item so it can be put back.
// It holds no widgets and is used only from the UI goroutine.
type Session struct {
	// Brief is the brief being edited; the editor writes into it directly.
	Brief *briefing.Brief

	dirty   bool
	removed *removal
}

// removal is an item taken out of a section, kept for undo.
type removal struct {
	sec   Section
	index int
	value any
}

// NewSession starts editing b; a brief without an ID (never saved) starts
// with unsaved changes.
func NewSession(b *briefing.Brief) *Session {
	b.Normalize()
	return &Session{Brief: b, dirty: b.ID == ""}
}

// Dirty reports whether the brief has changes not yet saved.
func (s *Session) Dirty() bool { return s.dirty }

// Changed records an edit.
func (s *Session) Changed() { s.dirty = true }

// Saved records that the brief was saved under id.
func (s *Session) Saved(id string) {
	s.Brief.ID = id
	s.dirty = false
}

// Len returns the number of items in a section.
func (s *Session) Len(sec Section) int { return s.list(sec).len() }

// Add appends an empty item to a section and returns its index.
func (s *Session) Add(sec Section) int {
	l := s.list(sec)
	l.add()
	s.dirty = true
	return l.len() - 1
}

// Remove takes item i out of a section, keeping it for UndoRemove. It
// reports false when i is out of range.
func (s *Session) Remove(sec Section, i int) bool {
	l := s.list(sec)
	if i < 0 || i >= l.len() {
		return false
	}
	s.removed = &removal{sec: sec, index: i, value: l.remove(i)}
	s.dirty = true
	return true
}

// CanUndo reports whether there is a removed item to put back.
func (s *Session) CanUndo() bool { return s.removed != nil }

// UndoRemove puts the last removed item back where it was and returns its
// section and index; ok is false when there is nothing to undo.
func (s *Session) UndoRemove() (sec Section, index int, ok bool) {
	r := s.removed
	if r == nil {
		return 0, 0, false
	}
	s.removed = nil
	l := s.list(r.sec)
	index = min(r.index, l.len())
	l.insert(index, r.value)
	s.dirty = true
	return r.sec, index, true
}

// Move moves item i of a section by delta places (-1 up, +1 down) and
// reports whether it moved.
func (s *Session) Move(sec Section, i, delta int) bool {
	l := s.list(sec)
	j := i + delta
	if i < 0 || i >= l.len() || j < 0 || j >= l.len() || delta == 0 {
		return false
	}
	for k := i; k != j; k += sign(delta) {
		l.swap(k, k+sign(delta))
	}
	s.dirty = true
	return true
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

// AddSentence appends source sentence n (1-based) to the Summary or
// Background as a new item tied to that sentence, and returns its index;
// ok is false for another section or a sentence that does not exist.
func (s *Session) AddSentence(sec Section, n int) (index int, ok bool) {
	text := strings.Join(strings.Fields(s.Brief.Source.SentenceText(n)), " ")
	if text == "" || (sec != SecSummary && sec != SecBackground) {
		return 0, false
	}
	item := briefing.Item{Text: text, Spans: []briefing.Span{s.Brief.Source.Sentences[n-1]}}
	if sec == SecSummary {
		s.Brief.Summary = append(s.Brief.Summary, item)
	} else {
		s.Brief.Background = append(s.Brief.Background, item)
	}
	s.dirty = true
	return s.Len(sec) - 1, true
}

// Spans returns the source spans behind item i of a section (mentions for a
// party), or nil when i is out of range.
func (s *Session) Spans(sec Section, i int) []briefing.Span {
	if i < 0 || i >= s.Len(sec) {
		return nil
	}
	b := s.Brief
	switch sec {
	case SecSummary:
		return b.Summary[i].Spans
	case SecParties:
		return b.Parties[i].Mentions
	case SecCommitments:
		return b.Commitments[i].Spans
	case SecBackground:
		return b.Background[i].Spans
	case SecDates:
		return b.Dates[i].Spans
	case SecFigures:
		return b.Figures[i].Spans
	}
	return nil
}

// WindowTitle returns the window title for the session: the brief's title,
// starred while there are unsaved changes.
func (s *Session) WindowTitle() string {
	title := strings.TrimSpace(s.Brief.Title)
	if title == "" {
		title = "Untitled brief"
	}
	if s.dirty {
		title = "* " + title
	}
	return title + " — " + appName
}

// appName is the application's name as shown in titles.
const appName = "BriefDesk"
