package briefing

import (
	"errors"
	"reflect"
	"testing"
)

func TestWithoutSource(t *testing.T) {
	b := twoSourceBrief(t)
	onlyB := Span{Start: 0, End: 21, Source: "B"}
	b.Background = []Item{{Text: "The king spoke to Xi.", Spans: []Span{onlyB}}, {Text: "Written by hand."}}
	before := b.Clone()

	noB, r, err := b.WithoutSource("B")
	if err != nil {
		t.Fatal(err)
	}
	if want := (Removed{Background: 1, Disagreements: 1}); r != want || r.Total() != 2 {
		t.Errorf("removing B removed %+v, want %+v", r, want)
	}
	if noB.SourceCount() != 1 || noB.Source.ID != "A" || len(noB.Background) != 1 || noB.Background[0].Text != "Written by hand." {
		t.Errorf("without B: %d sources, background %+v", noB.SourceCount(), noB.Background)
	}
	if got := noB.SourceIDs(noB.Commitments[0].Spans); !reflect.DeepEqual(got, []string{"A"}) {
		t.Errorf("the commitment both report keeps spans in %v, want [A]", got)
	}
	if err := noB.Validate(); err != nil {
		t.Errorf("without B: %v", err)
	}

	noA, r, err := b.WithoutSource("A")
	if err != nil {
		t.Fatal(err)
	}
	if want := (Removed{Summary: 1, Disagreements: 1}); r != want {
		t.Errorf("removing A removed %+v, want %+v", r, want)
	}
	if noA.Source.ID != "B" || noA.Source.Title != "Wire report" || len(noA.Others) != 0 {
		t.Errorf("without A the first source is %q %q, others %d", noA.Source.ID, noA.Source.Title, len(noA.Others))
	}
	if len(noA.Parties) != 1 || len(noA.Commitments) != 1 || len(noA.Dates) != 1 || len(noA.Background) != 2 {
		t.Errorf("without A: %d parties, %d commitments, %d dates, %d background", len(noA.Parties),
			len(noA.Commitments), len(noA.Dates), len(noA.Background))
	}
	if err := noA.Validate(); err != nil {
		t.Errorf("without A: %v", err)
	}
	if !reflect.DeepEqual(b, before) {
		t.Error("WithoutSource modified the brief")
	}
}

func TestWithoutSourceRefuses(t *testing.T) {
	b := twoSourceBrief(t)
	if _, _, err := b.WithoutSource("C"); err == nil {
		t.Error("removing a source the brief lacks gave no error")
	}
	one := sampleBrief()
	one.Normalize()
	if _, _, err := one.WithoutSource("A"); !errors.Is(err, ErrLastSource) {
		t.Errorf("removing the only source: %v, want ErrLastSource", err)
	}
}

func TestAppend(t *testing.T) {
	b := twoSourceBrief(t)
	o := sampleBrief()
	o.Title = "Another report"
	ids := b.Append(&o)
	if !reflect.DeepEqual(ids, []string{"C"}) || b.SourceCount() != 3 {
		t.Fatalf("Append gave IDs %v, %d sources", ids, b.SourceCount())
	}
	if o.Source.ID != "" {
		t.Error("Append modified the brief it took the source from")
	}
	last := b.Commitments[len(b.Commitments)-1]
	if got := b.SourceIDs(last.Spans); !reflect.DeepEqual(got, []string{"C"}) || len(b.Parties) != 2 || len(b.Summary) != 2 {
		t.Errorf("appended commitment in %v; %d parties, %d summary items", got, len(b.Parties), len(b.Summary))
	}
	if b.Title != "Morocco call" {
		t.Errorf("Append changed the title to %q", b.Title)
	}
	if err := b.Validate(); err != nil {
		t.Error(err)
	}
}
