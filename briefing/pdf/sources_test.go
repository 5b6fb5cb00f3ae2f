package pdf

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestSourceRetrieved prints when a web article was fetched beside its
// publication date, and nothing of the kind for an article from a file.
func TestSourceRetrieved(t *testing.T) {
	b := exampleBrief(t)
	for _, fetched := range []string{"2026-11-30T06:05:00Z", ""} {
		b.Source.Fetched = fetched
		data, err := Render(b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		path := writeTemp(t, "brief.pdf", data)
		text := strings.Join(strings.Fields(tool(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
		if got := strings.Contains(text, "retrieved 30 Nov 2026"); got != (fetched != "") {
			t.Errorf("fetched %q: retrieved date shown %v", fetched, got)
		}
		if !strings.Contains(text, "published 31 Aug 2020") {
			t.Errorf("fetched %q: no published date", fetched)
		}
	}
}

// twoSources is the example brief with a second report of the call: a
// commitment both report, a figure they give differently.
func twoSources(t *testing.T) *briefing.Brief {
	b := exampleBrief(t)
	text := "Rabat and Beijing held talks on Monday. Morocco and CNBG signed an agreement on vaccine trials on August 21. Some 400,000 tourists came from China."
	s2, s3 := strings.Index(text, "Morocco"), strings.Index(text, "Some")
	id := b.AddSource(briefing.Source{Text: text, Title: "Wire report on the call", URL: "https://wire.example/call", Published: "2020-09-01",
		Sentences: []briefing.Span{{Start: 0, End: s2 - 1}, {Start: s2, End: s3 - 1}, {Start: s3, End: len(text)}}})
	b.Commitments[0].Spans = append(b.Commitments[0].Spans, briefing.Span{Start: s2, End: s3 - 1, Source: id})
	b.Disagreements = []briefing.Disagreement{{Kind: briefing.DisagreeDate, About: "signed the vaccine agreement", Claims: []briefing.Claim{
		{Text: "August 20", Value: "2020-08-20", Spans: b.Commitments[0].Spans[:1]},
		{Text: "August 21", Value: "2020-08-21", Spans: []briefing.Span{{Start: s2, End: s3 - 1, Source: id}}}}}}
	b.Normalize()
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSeveralSources reads back with pdftotext a brief of two sources:
// references name source and sentence, the commitments table says how many
// sources report each, the disagreement is shown, and the Sources appendix
// lists both sources and their sentences.
func TestSeveralSources(t *testing.T) {
	b := twoSources(t)
	data, err := Render(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(tool(t, "pdftotext", "-enc", "UTF-8", writeTemp(t, "brief.pdf", data), "-")), " ")
	for _, want := range []string{
		"Sources A: King Mohammed VI, Xi Jinping discuss COVID-19 cooperation; B: Wire report on the call",
		"2 of 2 sources sources differ on the date", "1 of 2 sources", b.Refs(b.Commitments[0].Spans),
		"Disagreements", "signed the vaccine agreement (date): 20 Aug 2020 [A·S5] / 21 Aug 2020 [B·S2]",
		"Outlet / URL", "https://wire.example/call", "1 Sep 2020",
		"Source B: Wire report on the call", "[B·S1], [B·S2] … refer to these sentences.",
		"S3 Some 400,000 tourists came from China.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if !strings.Contains(b.Refs(b.Commitments[0].Spans), "B·S2") {
		t.Fatalf("the commitment's references %q name no sentence of B", b.Refs(b.Commitments[0].Spans))
	}
	for _, want := range itemTexts(b) {
		if !strings.Contains(text, strings.Join(strings.Fields(want), " ")) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
}
