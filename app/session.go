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
	// SecDisagreements are the figures and dates the sources give
	// differently: shown when there are any, removable, never added to.
	SecDisagreements
)

// Sections lists every section items are added to, in display order.
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
	case SecDisagreements:
		return "Disagreements"
	}
	return "Unknown section"
}

// Session is one brief open in the editor: the brief being edited, whether
// it has unsaved changes, and its undo history. It holds no widgets and is
// used only from the UI goroutine.
type Session struct {
	// Brief is the brief being edited; the editor writes into it directly.
	Brief *briefing.Brief

	dirty bool
	undo  history
	// edits counts changes, so autosave can tell a new one from the last.
	edits int
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
func (s *Session) Changed() {
	s.dirty = true
	s.edits++
}

// Edits counts the changes made so far.
func (s *Session) Edits() int { return s.edits }

// Saved records that the brief was saved under id.
func (s *Session) Saved(id string) {
	s.Brief.ID = id
	s.dirty = false
}

// Len returns the number of items in a section.
func (s *Session) Len(sec Section) int { return s.list(sec).len() }

// Add appends an empty item to a section and returns its index.
func (s *Session) Add(sec Section) int {
	s.Checkpoint(nil)
	l := s.list(sec)
	l.add()
	s.Changed()
	return l.len() - 1
}

// Remove takes item i out of a section (Undo puts it back). It reports
// false when i is out of range.
func (s *Session) Remove(sec Section, i int) bool {
	l := s.list(sec)
	if i < 0 || i >= l.len() {
		return false
	}
	s.Checkpoint(nil)
	l.remove(i)
	s.Changed()
	return true
}

// Move moves item i of a section by delta places (-1 up, +1 down) and
// reports whether it moved.
func (s *Session) Move(sec Section, i, delta int) bool {
	l := s.list(sec)
	j := i + delta
	if i < 0 || i >= l.len() || j < 0 || j >= l.len() || delta == 0 {
		return false
	}
	s.Checkpoint(nil)
	for k := i; k != j; k += sign(delta) {
		l.swap(k, k+sign(delta))
	}
	s.Changed()
	return true
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

// AddSentence appends sentence n (1-based) of the source with ID src ("" for
// the first) to the Summary or Background as a new item tied to that
// sentence, and returns its index; ok is false for another section or a
// sentence that does not exist.
func (s *Session) AddSentence(sec Section, src string, n int) (index int, ok bool) {
	from := s.Brief.SourceByID(src)
	if from == nil || (sec != SecSummary && sec != SecBackground) {
		return 0, false
	}
	text := strings.Join(strings.Fields(from.SentenceText(n)), " ")
	if text == "" {
		return 0, false
	}
	item := briefing.Item{Text: text, Spans: []briefing.Span{from.Sentences[n-1]}}
	s.Checkpoint(nil)
	if sec == SecSummary {
		s.Brief.Summary = append(s.Brief.Summary, item)
	} else {
		s.Brief.Background = append(s.Brief.Background, item)
	}
	s.Changed()
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
	case SecDisagreements:
		var spans []briefing.Span
		for _, c := range b.Disagreements[i].Claims {
			spans = append(spans, c.Spans...)
		}
		return spans
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
