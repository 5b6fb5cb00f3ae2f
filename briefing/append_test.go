package briefing

import (
	"reflect"
	"testing"
)

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
