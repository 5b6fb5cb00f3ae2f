package app

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func sampleBrief() *briefing.Brief {
	text := "First sentence here. Second one follows. Third closes."
	return &briefing.Brief{
		Title: "Sample",
		Source: briefing.Source{Text: text, Sentences: []briefing.Span{
			{Start: 0, End: 20}, {Start: 21, End: 40}, {Start: 41, End: 54}}},
		Summary: []briefing.Item{{Text: "a"}, {Text: "b"}, {Text: "c"}},
		Parties: []briefing.Party{{Name: "P", Kind: briefing.KindPerson,
			Mentions: []briefing.Span{{Start: 22, End: 28}}}},
	}
}

func summaryTexts(s *Session) string {
	var out []string
	for _, it := range s.Brief.Summary {
		out = append(out, it.Text)
	}
	return strings.Join(out, ",")
}

func TestSessionMove(t *testing.T) {
	tests := []struct {
		name     string
		i, delta int
		moved    bool
		want     string
	}{
		{"down", 0, 1, true, "b,a,c"},
		{"up", 2, -1, true, "a,c,b"},
		{"two down", 0, 2, true, "b,c,a"},
		{"first up", 0, -1, false, "a,b,c"},
		{"last down", 2, 1, false, "a,b,c"},
		{"out of range", 5, -1, false, "a,b,c"},
		{"no delta", 1, 0, false, "a,b,c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := sampleBrief()
			b.ID = "saved"
			s := NewSession(b)
			if got := s.Move(SecSummary, tt.i, tt.delta); got != tt.moved {
				t.Errorf("Move = %v, want %v", got, tt.moved)
			}
			if got := summaryTexts(s); got != tt.want {
				t.Errorf("summary = %q, want %q", got, tt.want)
			}
			if s.Dirty() != tt.moved {
				t.Errorf("Dirty = %v, want %v", s.Dirty(), tt.moved)
			}
		})
	}
}

func TestSessionRemoveUndo(t *testing.T) {
	tests := []struct {
		name       string
		remove     []int // indexes removed in turn
		afterUndo  string
		wantIndex  int
		undoResult bool
	}{
		{"middle", []int{1}, "a,b,c", 1, true},
		{"last", []int{2}, "a,b,c", 2, true},
		{"only the last removal comes back", []int{0, 0}, "b,c", 0, true},
		{"out of range removes nothing", []int{7}, "a,b,c", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSession(sampleBrief())
			for _, i := range tt.remove {
				s.Remove(SecSummary, i)
			}
			sec, idx, ok := s.UndoRemove()
			if ok != tt.undoResult || (ok && (sec != SecSummary || idx != tt.wantIndex)) {
				t.Errorf("UndoRemove = %v %d %v, want summary %d %v", sec, idx, ok, tt.wantIndex, tt.undoResult)
			}
			if got := summaryTexts(s); got != tt.afterUndo {
				t.Errorf("summary = %q, want %q", got, tt.afterUndo)
			}
			if s.CanUndo() {
				t.Error("CanUndo after undo = true")
			}
		})
	}
}

func TestSessionUndoAfterShrink(t *testing.T) {
	s := NewSession(sampleBrief())
	s.Remove(SecSummary, 2)
	s.Brief.Summary = s.Brief.Summary[:0] // the section emptied by other edits
	if _, idx, ok := s.UndoRemove(); !ok || idx != 0 || summaryTexts(s) != "c" {
		t.Errorf("undo into shrunk section: idx %d ok %v summary %q", idx, ok, summaryTexts(s))
	}
}

func TestSessionAdd(t *testing.T) {
	for _, sec := range Sections {
		t.Run(sec.String(), func(t *testing.T) {
			s := NewSession(sampleBrief())
			n := s.Len(sec)
			if i := s.Add(sec); i != n || s.Len(sec) != n+1 {
				t.Fatalf("Add = %d, len %d; want %d, %d", i, s.Len(sec), n, n+1)
			}
		})
	}
	s := NewSession(sampleBrief())
	s.Add(SecParties)
	s.Add(SecCommitments)
	if p := s.Brief.Parties[1]; !slices.Contains(briefing.PartyKinds, p.Kind) {
		t.Errorf("added party has kind %q", p.Kind)
	}
	if c := s.Brief.Commitments[0]; !slices.Contains(briefing.Statuses, c.Status) {
		t.Errorf("added commitment has status %q", c.Status)
	}
}

func TestSessionAddSentence(t *testing.T) {
	tests := []struct {
		sec    Section
		n      int
		ok     bool
		wantTx string
	}{
		{SecSummary, 2, true, "Second one follows."},
		{SecBackground, 3, true, "Third closes."},
		{SecParties, 1, false, ""},
		{SecSummary, 0, false, ""},
		{SecSummary, 4, false, ""},
	}
	for _, tt := range tests {
		s := NewSession(sampleBrief())
		i, ok := s.AddSentence(tt.sec, tt.n)
		if ok != tt.ok {
			t.Errorf("AddSentence(%v, %d) ok = %v, want %v", tt.sec, tt.n, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		items := s.Brief.Summary
		if tt.sec == SecBackground {
			items = s.Brief.Background
		}
		if items[i].Text != tt.wantTx {
			t.Errorf("added %q, want %q", items[i].Text, tt.wantTx)
		}
		if got := s.Brief.Source.SentenceNumbers(s.Spans(tt.sec, i)); len(got) != 1 || got[0] != tt.n {
			t.Errorf("added item points to sentences %v, want [%d]", got, tt.n)
		}
	}
}

func TestSessionWindowTitle(t *testing.T) {
	tests := []struct {
		name, title, id string
		want            string
	}{
		{"new", "Talks", "", "* Talks — BriefDesk"},
		{"saved", "Talks", "x1", "Talks — BriefDesk"},
		{"untitled", "  ", "x1", "Untitled brief — BriefDesk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := sampleBrief()
			b.Title, b.ID = tt.title, tt.id
			s := NewSession(b)
			if got := s.WindowTitle(); got != tt.want {
				t.Errorf("WindowTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSessionSavedClearsDirty(t *testing.T) {
	s := NewSession(sampleBrief())
	if !s.Dirty() {
		t.Fatal("a new brief should start dirty")
	}
	s.Saved("id7")
	if s.Dirty() || s.Brief.ID != "id7" {
		t.Errorf("after Saved: dirty %v id %q", s.Dirty(), s.Brief.ID)
	}
	s.Changed()
	if !s.Dirty() {
		t.Error("Changed did not mark dirty")
	}
}

func TestSessionSpans(t *testing.T) {
	s := NewSession(sampleBrief())
	if got := s.Spans(SecParties, 0); len(got) != 1 || got[0].Start != 22 {
		t.Errorf("party spans = %v", got)
	}
	if got := s.Spans(SecSummary, 9); got != nil {
		t.Errorf("out of range spans = %v", got)
	}
}
