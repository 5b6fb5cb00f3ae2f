package briefing

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// twoSourceBrief is sampleBrief with a second report of the same call.
func twoSourceBrief(t *testing.T) *Brief {
	t.Helper()
	b := sampleBrief()
	text := "The king spoke to Xi. Morocco agreed to meet in 2022. Ten deals were signed."
	s2, s3 := strings.Index(text, "Morocco"), strings.Index(text, "Ten")
	id := b.AddSource(Source{Text: text, Title: "Wire report", URL: "https://example.org/call", Published: "2020-09-01",
		Sentences: []Span{{Start: 0, End: s2 - 1}, {Start: s2, End: s3 - 1}, {Start: s3, End: len(text)}}})
	if id != "B" {
		t.Fatalf("AddSource gave %q, want B", id)
	}
	b.Commitments[0].Spans = append(b.Commitments[0].Spans, Span{Start: s2, End: s3 - 1, Source: "B"})
	b.Parties[0].Mentions = append(b.Parties[0].Mentions, Span{Start: s2, End: s2 + len("Morocco"), Source: "B"})
	b.Disagreements = []Disagreement{{Kind: DisagreeDate, About: "agreed to meet", Claims: []Claim{
		{Text: "2021", Value: "2021", Spans: []Span{b.Source.Sentences[1]}},
		{Text: "2022", Value: "2022", Spans: []Span{{Start: s2, End: s3 - 1, Source: "B"}}}}}}
	b.Normalize()
	return &b
}

func TestSeveralSourcesRoundTripAndValidate(t *testing.T) {
	b := twoSourceBrief(t)
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	data, err := b.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, b) {
		t.Fatalf("round trip changed the brief:\n got %+v\nwant %+v", got, b)
	}
	if !strings.Contains(string(data), `"sources": [`) || !strings.Contains(string(data), `"id": "B"`) {
		t.Errorf("JSON lacks the second source: %s", data)
	}
}

func TestSourcesLookupAndReferences(t *testing.T) {
	b := twoSourceBrief(t)
	if b.SourceCount() != 2 || len(b.AllSources()) != 2 || b.SourceByID("B").Title != "Wire report" || b.SourceByID("C") != nil {
		t.Fatal("sources not found by ID")
	}
	if b.SourceByID("") != &b.Source || b.SourceOf(Span{Source: "B"}) != &b.Others[0] {
		t.Error("SourceOf does not point into the brief")
	}
	c := b.Commitments[0]
	if got := b.Refs(c.Spans); got != "[A·S2, B·S2]" {
		t.Errorf("Refs = %q", got)
	}
	if got := b.Citations(c.Spans); !reflect.DeepEqual(got, []Citation{{"A", 2}, {"B", 2}}) || got[1].String() != "B·S2" {
		t.Errorf("Citations = %v", got)
	}
	if n, of := b.Corroboration(c.Spans); n != 2 || of != 2 || b.CorroborationText(b.Summary[0].Spans) != "1 of 2 sources" {
		t.Errorf("Corroboration = %d of %d, summary %q", n, of, b.CorroborationText(b.Summary[0].Spans))
	}
	if got := b.SourceIDs(b.Parties[0].Mentions); !reflect.DeepEqual(got, []string{"A", "B"}) {
		t.Errorf("SourceIDs = %v", got)
	}
	if got := b.Others[0].SentenceNumbers(c.Spans); !reflect.DeepEqual(got, []int{2}) {
		t.Errorf("a source counts the sentences of another: %v", got)
	}
}

func TestNextSourceID(t *testing.T) {
	for n, want := range map[int]string{0: "A", 1: "B", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := SourceID(n); got != want {
			t.Errorf("SourceID(%d) = %q, want %q", n, got, want)
		}
	}
	b := &Brief{Source: Source{ID: "A"}, Others: []Source{{ID: "C"}}}
	if got := b.NextSourceID(); got != "B" {
		t.Errorf("NextSourceID = %q, want the free B", got)
	}
	if got := b.AddSource(Source{ID: "C", Sentences: []Span{{Start: 0, End: 1}}}); got != "B" || b.Others[1].Sentences[0].Source != "B" {
		t.Errorf("AddSource of a taken ID gave %q, sentences %v", got, b.Others[1].Sentences)
	}
}

func TestValidateSeveralSources(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(b *Brief)
		words string
	}{
		{"unknown source", func(b *Brief) { b.Summary[0].Spans[0].Source = "Q" }, `names source "Q", which the brief does not have`},
		{"outside its source", func(b *Brief) { b.Commitments[0].Spans[1].End = 200 }, "lies outside source B"},
		{"same ID twice", func(b *Brief) { b.Others[0].ID = "A" }, `two sources have the id "A"`},
		{"malformed ID", func(b *Brief) { b.Others[0].ID = "b2" }, "is not one to three capital letters"},
		{"sentence of another", func(b *Brief) { b.Others[0].Sentences[0].Source = "A" }, "names source \"A\", not its own"},
		{"empty second text", func(b *Brief) { b.Others[0].Text = " " }, "source B text is empty"},
		{"bad second date", func(b *Brief) { b.Others[0].Published = "1 Sept" }, "source B published date"},
		{"one claim", func(b *Brief) { b.Disagreements[0].Claims = b.Disagreements[0].Claims[:1] }, "has 1 claims"},
		{"claim not a date", func(b *Brief) { b.Disagreements[0].Claims[0].Value = "soon" }, "is not a date"},
		{"claim not a number", func(b *Brief) { b.Disagreements[0].Kind, b.Disagreements[0].Claims[0].Value = DisagreeFigure, "twelve" }, `"twelve" is not a number`},
		{"unknown disagreement kind", func(b *Brief) { b.Disagreements[0].Kind = "name" }, `unknown kind "name"`},
		{"claim outside", func(b *Brief) { b.Disagreements[0].Claims[1].Spans[0].Start = -1 }, "lies outside source B"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := twoSourceBrief(t)
			c.edit(b)
			err := b.Validate()
			if err == nil || !strings.Contains(err.Error(), c.words) {
				t.Fatalf("Validate() = %v, want a problem containing %q", err, c.words)
			}
		})
	}
}

func TestMarkdownSeveralSources(t *testing.T) {
	md := twoSourceBrief(t).Markdown()
	for _, want := range []string{"- Sources: A; B: Wire report", "| Sources | Ref |", "| 2 of 2 sources; sources differ on the date | [A·S2, B·S2] |", "## Disagreements",
		"- agreed to meet (date): 2021 [A·S2] / 2022 [B·S2]", "## Sources", "### A — —", "### B — Wire report",
		"- URL: https://example.org/call", "- Published: 2020-09-01", "3. Ten deals were signed."} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "## Source sentences") {
		t.Error("a brief of several sources lists its sentences under Sources, not Source sentences")
	}
}

func TestCloneCopiesEverySource(t *testing.T) {
	b := twoSourceBrief(t)
	want := b.Clone()
	c := b.Clone()
	c.Others[0].Sentences[0].End = 1
	c.Others[0].Title = "x"
	c.Disagreements[0].Claims[0].Spans[0].End = 1
	c.Disagreements[0].Claims[1].Text = "x"
	if !reflect.DeepEqual(b, want) {
		t.Error("editing the clone changed the original")
	}
}

func TestRelabelSources(t *testing.T) {
	b := twoSourceBrief(t)
	b.RelabelSources(map[string]string{"A": "B", "B": "C"})
	if b.Source.ID != "B" || b.Others[0].ID != "C" {
		t.Fatalf("IDs after relabelling: %q, %q", b.Source.ID, b.Others[0].ID)
	}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := b.Refs(b.Commitments[0].Spans); got != "[B·S2, C·S2]" {
		t.Errorf("Refs after relabelling = %q", got)
	}
}

// TestRemoveSource removes source B: what only B supported goes, what A
// supports too stays with A's spans, the disagreement between them goes.
func TestRemoveSource(t *testing.T) {
	b := twoSourceBrief(t)
	b.Summary = append(b.Summary, Item{Text: "Ten deals.", Spans: []Span{b.Others[0].Sentences[2]}}, Item{Text: "Added by hand."})
	if n := b.OnlySupportedBy("B"); n != 2 {
		t.Errorf("OnlySupportedBy(B) = %d, want 2 (the summary item and the disagreement)", n)
	}
	n, err := b.RemoveSource("B")
	if err != nil || n != 2 {
		t.Fatalf("RemoveSource(B) = %d, %v", n, err)
	}
	if b.SourceCount() != 1 || len(b.Disagreements) != 0 || len(b.Summary) != 2 || b.Summary[1].Text != "Added by hand." {
		t.Fatalf("after removing B: %d sources, %d disagreements, summary %+v", b.SourceCount(), len(b.Disagreements), b.Summary)
	}
	if got := b.SourceIDs(b.Commitments[0].Spans); !slices.Equal(got, []string{"A"}) {
		t.Errorf("the commitment rests on %v, want A only", got)
	}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := b.RemoveSource("A"); err == nil || !strings.Contains(err.Error(), "only source") {
		t.Errorf("removing the only source: %v", err)
	}
	if _, err := b.RemoveSource("Q"); err == nil {
		t.Error("removing a source the brief lacks gave no error")
	}
}

// TestRemoveFirstSource removes source A: B becomes the first source and
// keeps its ID.
func TestRemoveFirstSource(t *testing.T) {
	b := twoSourceBrief(t)
	if _, err := b.RemoveSource("A"); err != nil {
		t.Fatal(err)
	}
	if b.Source.ID != "B" || len(b.Others) != 0 || len(b.Commitments) != 1 || len(b.Parties) != 1 || len(b.Summary) != 0 {
		t.Fatalf("after removing A: source %q, %d others, %d commitments, %d parties, %d summary items",
			b.Source.ID, len(b.Others), len(b.Commitments), len(b.Parties), len(b.Summary))
	}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := b.Refs(b.Commitments[0].Spans); got != "[S2]" {
		t.Errorf("a one-source brief's references: %q", got)
	}
}

func TestDisputeNote(t *testing.T) {
	b := twoSourceBrief(t)
	if got := b.DisputeNote(b.Commitments[0].Spans); got != "sources differ on the date" {
		t.Errorf("note on the disputed commitment = %q", got)
	}
	if got := b.DisputeNote(b.Summary[0].Spans); got != "" {
		t.Errorf("note on an undisputed item = %q", got)
	}
	b.Disagreements = append(b.Disagreements, Disagreement{Kind: DisagreeFigure, About: "deals", Claims: []Claim{
		{Text: "ten", Value: "10", Spans: []Span{{Start: 55, End: 58, Source: "B"}}}, {Text: "nine", Value: "9", Spans: b.Source.Sentences[1:]}}})
	if got := b.DisputeNote(b.Commitments[0].Spans); got != "sources differ on figure and date" {
		t.Errorf("note with both kinds = %q", got)
	}
}
