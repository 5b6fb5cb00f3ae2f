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

func TestSessionUndoRedo(t *testing.T) {
	s := NewSession(sampleBrief())
	s.Remove(SecSummary, 1)                          // a,c
	s.Move(SecSummary, 0, 1)                         // c,a
	s.Add(SecSummary)                                // c,a,
	s.Checkpoint("field")                            // two keystrokes in one field
	s.Brief.Summary[2].Text = "n"                    // c,a,n
	s.Checkpoint("field")                            //
	s.Brief.Summary[2].Text = "new"                  // c,a,new
	steps := []string{"c,a,", "c,a", "a,c", "a,b,c"} // after each undo
	for _, want := range steps {
		if !s.Undo() {
			t.Fatalf("nothing to undo before %q", want)
		}
		if got := summaryTexts(s); got != want {
			t.Fatalf("undo gave %q, want %q", got, want)
		}
	}
	if s.Undo() || s.CanUndo() {
		t.Error("undo past the first change")
	}
	for _, want := range []string{"a,c", "c,a", "c,a,", "c,a,new"} {
		if !s.Redo() || summaryTexts(s) != want {
			t.Fatalf("redo gave %q, want %q", summaryTexts(s), want)
		}
	}
	if s.CanRedo() {
		t.Error("redo left after redoing everything")
	}
	s.Undo()
	s.Remove(SecSummary, 0) // a new change clears redo
	if s.CanRedo() {
		t.Error("redo kept after a new change")
	}
	if !s.Dirty() {
		t.Error("undo left the session clean")
	}
}

func TestSessionUndoLevels(t *testing.T) {
	s := NewSession(sampleBrief())
	for i := 0; i < undoLevels+50; i++ {
		s.Move(SecSummary, 0, 1)
	}
	n := 0
	for s.Undo() {
		n++
	}
	if n != undoLevels {
		t.Errorf("%d levels of undo, want %d", n, undoLevels)
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
		i, ok := s.AddSentence(tt.sec, "", tt.n)
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
