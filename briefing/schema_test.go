package briefing

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestSchema1ReadsAsOneSource reads a brief written to schema 1 (one
// source, spans that name none): it becomes a valid schema 2 brief whose
// one source is A and whose every span names A.
func TestSchema1ReadsAsOneSource(t *testing.T) {
	data, err := os.ReadFile("testdata/schema1.json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"schema": 1`) {
		t.Fatal("the fixture is no longer a schema 1 brief")
	}
	b, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if b.Schema != SchemaVersion || b.Source.ID != "A" || len(b.Others) != 0 || b.SourceCount() != 1 {
		t.Fatalf("schema %d, source %q, %d others", b.Schema, b.Source.ID, len(b.Others))
	}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	b.forEachSpan(func(_ int, sp Span) {
		if sp.Source != "A" {
			t.Fatalf("span %v names %q, want A", sp, sp.Source)
		}
	})
	if got := b.Refs(b.Summary[0].Spans); !strings.HasPrefix(got, "[S") {
		t.Errorf("a one-source brief refers to sentences as %q, want [S#]", got)
	}
}

// TestOneSourceJSONKeepsSchema1Shape checks what readers of schema 1 rely
// on: a top-level source object with text and sentences, and item spans
// with start and end into that text.
func TestOneSourceJSONKeepsSchema1Shape(t *testing.T) {
	b := sampleBrief()
	data, err := b.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Schema int `json:"schema"`
		Source struct {
			ID        string           `json:"id"`
			Text      string           `json:"text"`
			Sentences []map[string]any `json:"sentences"`
		} `json:"source"`
		Sources []any `json:"sources"`
		Summary []struct {
			Spans []map[string]any `json:"spans"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if m.Schema != 2 || m.Source.Text != b.Source.Text || len(m.Source.Sentences) != 2 || m.Sources == nil || len(m.Sources) != 0 {
		t.Fatalf("one-source JSON: %s", data)
	}
	sp := m.Summary[0].Spans[0]
	if sp["start"] != float64(b.Summary[0].Spans[0].Start) || sp["end"] != float64(b.Summary[0].Spans[0].End) || sp["source"] != "A" {
		t.Errorf("summary span = %v", sp)
	}
	if b.Source.ID != "" || b.Summary[0].Spans[0].Source != "" {
		t.Error("MarshalIndent changed the brief it wrote")
	}
}

func TestParseHoldsEachSchemaToItsShape(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"schema":1,"source":{"text":"x"},"sources":[{"text":"y"}]}`, "further sources, which need schema 2"},
		{`{"schema":1,"source":{"text":"x"},"summary":[{"spans":[{"start":0,"end":1,"source":"A"}]}]}`, "name sources, which needs schema 2"},
		{`{"schema":1,"source":{"id":"A","text":"x"}}`, "has an id, which needs schema 2"},
		{`{"schema":2,"source":{"text":"x"}}`, "source 1 has no id"},
		{`{"schema":2,"source":{"id":"A","text":"x"},"sources":[{"id":"B","text":"y","sentences":[{"start":0,"end":1}]}]}`, "a sentence of source 2 names no source"},
		{`{"schema":2,"source":{"id":"A","text":"xy"},"figures":[{"spans":[{"start":0,"end":1},{"start":1,"end":2}]}]}`, "span [0,1) names no source, and 1 more"},
		{`{"schema":3}`, "newer than this BriefDesk understands"},
	}
	for _, c := range cases {
		_, err := Parse([]byte(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%s) = %v, want %q", c.in, err, c.want)
		}
	}
	// Without a schema, a brief reads as schema 1.
	b, err := Parse([]byte(`{"source":{"text":"One sentence."}}`))
	if err != nil || b.Schema != SchemaVersion || b.Source.ID != "A" {
		t.Fatalf("brief without schema: %v, %+v", err, b)
	}
}
