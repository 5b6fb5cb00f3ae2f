package briefing

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func sampleBrief() Brief {
	text := "Rabat – Morocco’s King Mohammed VI held a call. Both sides agreed to meet in 2021."
	first := strings.Index(text, "Morocco")
	second := strings.Index(text, "Both")
	return Brief{
		Schema: SchemaVersion,
		Title:  "Morocco call",
		Source: Source{Text: text, Published: "2020-08-31",
			Sentences: []Span{{Start: first, End: second - 1}, {Start: second, End: len(text)}}},
		Summary: []Item{{Text: "King Mohammed VI held a call.", Spans: []Span{{Start: first, End: second - 1}}}},
		Parties: []Party{{Name: "Morocco", Kind: KindCountry, Mentions: []Span{{Start: first, End: first + len("Morocco")}}}},
		Commitments: []Commitment{{Actors: []string{"Morocco"}, Verb: "agreed", Status: StatusAgreed,
			Action: "to meet", When: "2021", Spans: []Span{{Start: second, End: len(text)}}}},
		Dates: []DateRef{{Text: "2021", Value: "2021", Precision: PrecisionYear}},
	}
}

func TestRoundTrip(t *testing.T) {
	b := sampleBrief()
	data, err := b.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	want := b
	want.Normalize()
	if !reflect.DeepEqual(*got, want) {
		t.Fatalf("round trip changed the brief:\n got %+v\nwant %+v", *got, want)
	}
	if err := got.Validate(); err != nil {
		t.Fatalf("valid brief rejected: %v", err)
	}
}

// TestEmptyFieldsPresent checks the contract: fields the engine cannot fill
// are "" or [], never absent or null.
func TestEmptyFieldsPresent(t *testing.T) {
	data, err := Brief{Parties: []Party{{Name: "X", Kind: KindGroup}}}.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "null") {
		t.Fatalf("JSON has null: %s", data)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"schema", "title", "source", "sources", "summary", "parties", "commitments", "background", "dates", "figures", "disagreements"} {
		if _, ok := m[k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	p := m["parties"].([]any)[0].(map[string]any)
	for _, k := range []string{"role", "affiliation", "aliases", "mentions"} {
		if _, ok := p[k]; !ok {
			t.Errorf("party key %q missing", k)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{`{"schema": 99}`, `not json`, `[1,2]`, `{"schema": -1}`} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q) accepted", in)
		}
	}
}

func TestValidateFindsProblems(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(b *Brief)
		words string
	}{
		{"span past end", func(b *Brief) { b.Summary[0].Spans[0].End = 9999 }, "outside the source"},
		{"negative span", func(b *Brief) { b.Dates[0].Spans = []Span{{Start: -1, End: 2}} }, "outside the source"},
		{"reversed span", func(b *Brief) { b.Parties[0].Mentions[0] = Span{Start: 10, End: 5} }, "ends before it starts"},
		{"cut character", func(b *Brief) { b.Parties[0].Mentions[0] = Span{Start: 6, End: 8} }, "cuts a character"},
		{"overlapping sentences", func(b *Brief) { b.Source.Sentences[1].Start = 3 }, "before the end of the previous sentence"},
		{"unknown kind", func(b *Brief) { b.Parties[0].Kind = "nation" }, `unknown kind "nation"`},
		{"no name", func(b *Brief) { b.Parties[0].Name = " " }, "has no name"},
		{"unknown status", func(b *Brief) { b.Commitments[0].Status = "maybe" }, `unknown status "maybe"`},
		{"bad date", func(b *Brief) { b.Commitments[0].When = "2021-13" }, "is not a date"},
		{"bad deadline", func(b *Brief) { b.Commitments[0].Deadline = "soon" }, "is not a date"},
		{"bad published", func(b *Brief) { b.Source.Published = "31/08/2020" }, "is not a date"},
		{"bad fetched", func(b *Brief) { b.Source.Fetched = "2020-08-31 10:00" }, "is not an RFC 3339 time"},
		{"precision mismatch", func(b *Brief) { b.Dates[0].Precision = PrecisionDay }, "has precision"},
		{"bad background date", func(b *Brief) { b.Background = []Item{{Text: "x", When: "May 2016"}} }, "is not a date"},
		{"schema", func(b *Brief) { b.Schema = 3 }, "schema is 3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := sampleBrief()
			c.edit(&b)
			err := b.Validate()
			if err == nil || !strings.Contains(err.Error(), c.words) {
				t.Fatalf("Validate() = %v, want a problem containing %q", err, c.words)
			}
		})
	}
}

func TestValidDate(t *testing.T) {
	for in, want := range map[string]bool{"2016": true, "2016-05": true, "2016-05-12": true,
		"2016-02-30": false, "16": false, "2016-5": false, "": false, "2016-05-12T10:00": false} {
		if got := ValidDate(in); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestSentenceNumbers(t *testing.T) {
	b := sampleBrief()
	s := b.Source
	cases := []struct {
		spans []Span
		want  []int
	}{
		{nil, nil},
		{[]Span{s.Sentences[1]}, []int{2}},
		{[]Span{{Start: s.Sentences[0].Start + 2, End: s.Sentences[1].Start + 3}}, []int{1, 2}},
		{[]Span{s.Sentences[1], s.Sentences[0], s.Sentences[1]}, []int{1, 2}},
		{[]Span{{Start: len(s.Text) + 5, End: len(s.Text) + 9}}, nil},
	}
	for _, c := range cases {
		if got := s.SentenceNumbers(c.spans); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SentenceNumbers(%v) = %v, want %v", c.spans, got, c.want)
		}
	}
	if got := s.SentenceText(2); got != "Both sides agreed to meet in 2021." {
		t.Errorf("SentenceText(2) = %q", got)
	}
	if s.SentenceText(0) != "" || s.SentenceText(3) != "" {
		t.Error("SentenceText out of range should be empty")
	}
}

func TestMarkdown(t *testing.T) {
	b := sampleBrief()
	b.Marking = "OFFICIAL"
	b.Source.Author, b.Source.Fetched = "Leila Amrani", "2026-11-30T06:05:00Z"
	md := b.Markdown()
	for _, want := range []string{"# Morocco call", "**OFFICIAL**", "- Byline: Leila Amrani", "- Retrieved: 2026-11-30T06:05:00Z", "## Summary", "King Mohammed VI held a call. [S1]",
		"| Morocco | country |", "| Morocco | agreed | to meet |", "## Background\n\nNone found.", "2. Both sides agreed"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}
