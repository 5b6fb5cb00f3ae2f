package diff

import (
	"reflect"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		old, new string
		want     []Op
	}{
		{"a b c", "a b c", []Op{{Same, "a b c"}}},
		{"Chile signed a pact", "Chile and Peru signed the pact",
			[]Op{{Same, "Chile"}, {Added, "and Peru"}, {Same, "signed"}, {Removed, "a"}, {Added, "the"}, {Same, "pact"}}},
		{"", "new words", []Op{{Added, "new words"}}},
		{"one\ntwo", "one\nthree", []Op{{Same, "one"}, {Same, "\n"}, {Removed, "two"}, {Added, "three"}}},
	}
	for _, tt := range tests {
		if got := Words(tt.old, tt.new); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q, %q) = %v, want %v", tt.old, tt.new, got, tt.want)
		}
	}
	if Changed(Words("a b", "a b")) || !Changed(Words("a", "b")) {
		t.Error("Changed is wrong")
	}
}

func TestWordsLongFallsBack(t *testing.T) {
	long := strings.Repeat("w ", 3000)
	ops := Words(long, long+"x")
	if len(ops) != 2 || ops[0].Kind != Removed || ops[1].Kind != Added {
		t.Errorf("a long text compared as %d runs", len(ops))
	}
}

func TestRevisions(t *testing.T) {
	text := "Chile signed a pact."
	old := &briefing.Brief{Title: "Copper", Source: briefing.Source{Text: text, Sentences: []briefing.Span{{Start: 0, End: len(text)}}},
		Summary: []briefing.Item{{Text: "Chile signed a pact.", Spans: []briefing.Span{{Start: 0, End: len(text)}}}},
		Parties: []briefing.Party{{Name: "Chile", Kind: "country", Aliases: []string{"Santiago"}}}}
	new := old.Clone()
	new.Summary[0].Text = "Chile signed a copper pact."
	cmp := Revisions(old, new)
	changed := map[string]bool{}
	for _, c := range cmp {
		changed[c.Name] = Changed(c.Ops)
	}
	if !changed["Summary"] || changed["Parties"] || changed["Brief"] {
		t.Errorf("changed sections: %v", changed)
	}
	if s := Sections(old)[2].Text; !strings.Contains(s, "also Santiago") {
		t.Errorf("parties section %q lacks the alias", s)
	}
	if s := Sections(old)[1].Text; !strings.HasSuffix(s, "[S1]") {
		t.Errorf("summary section %q lacks its reference", s)
	}
}

// TestRevisionsWithSources shows an added source and the disagreement it
// brings in their own sections.
func TestRevisionsWithSources(t *testing.T) {
	text := "Chile signed 3 pacts."
	old := &briefing.Brief{Title: "Copper", Source: briefing.Source{Text: text, Title: "Wire", Sentences: []briefing.Span{{Start: 0, End: len(text)}}}}
	old.Normalize()
	new := old.Clone()
	new.AddSource(briefing.Source{Text: "Chile signed 4 pacts.", Title: "Paper", Published: "2021-05-02",
		Sentences: []briefing.Span{{Start: 0, End: 21}}})
	new.Disagreements = []briefing.Disagreement{{Kind: briefing.DisagreeFigure, About: "pacts", Claims: []briefing.Claim{
		{Text: "3", Value: "3", Spans: []briefing.Span{{Start: 0, End: len(text), Source: "A"}}},
		{Text: "4", Value: "4", Spans: []briefing.Span{{Start: 0, End: 21, Source: "B"}}}}}}
	got := map[string]string{}
	for _, s := range Sections(new) {
		got[s.Name] = s.Text
	}
	if want := "A · Wire\nB · Paper · 2021-05-02"; got["Sources"] != want {
		t.Errorf("Sources = %q, want %q", got["Sources"], want)
	}
	if want := "pacts (figure): 3 [A·S1]; 4 [B·S1]"; got["Where the sources disagree"] != want {
		t.Errorf("disagreements = %q, want %q", got["Where the sources disagree"], want)
	}
	for _, c := range Revisions(old, new) {
		if changed := Changed(c.Ops); changed != (c.Name == "Sources" || c.Name == "Where the sources disagree") {
			t.Errorf("section %s changed: %v", c.Name, changed)
		}
	}
}
