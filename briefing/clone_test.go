package briefing

import (
	"os"
	"reflect"
	"testing"
)

// TestCloneIsDeep changes every list of a clone and checks the original
// keeps its values.
func TestCloneIsDeep(t *testing.T) {
	data, err := os.ReadFile("pdf/testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Parse(data)
	c := b.Clone()
	if !reflect.DeepEqual(b, c) {
		t.Fatal("the clone differs from the brief")
	}
	c.Tags[0] = "x"
	c.Source.Sentences[0].End = 1
	c.Summary[0].Spans[0].Start = 1
	c.Background[0].Text = "x"
	c.Parties[0].Aliases = append(c.Parties[0].Aliases[:0], "x")
	c.Parties[0].Mentions[0].End = 1
	c.Commitments[0].Actors[0] = "x"
	c.Commitments[0].Spans[0].End = 1
	c.Dates[0].Spans[0].End = 1
	c.Figures[0].Spans[0].End = 1
	if !reflect.DeepEqual(b, want) {
		t.Error("editing the clone changed the original")
	}
}
