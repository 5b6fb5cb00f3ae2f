package docx

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func example(t testing.TB) *briefing.Brief {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "pdf", "testdata", "example.json"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := briefing.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// pandocText converts a .docx to plain text with pandoc.
func pandocText(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "brief.docx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pandoc", "--from", "docx", "--to", "plain", "--standalone", "--wrap", "none", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pandoc cannot read the document (install pandoc): %v\n%s", err, out)
	}
	return string(out)
}

// TestRenderReadBack renders the example brief and reads it back with
// pandoc: title block, every section, tables, references and sentences.
func TestRenderReadBack(t *testing.T) {
	b := example(t)
	b.Source.Author, b.Source.Fetched = "Leila Amrani", "2026-11-30T06:05:00Z"
	data, err := Render(b, Options{Paper: "letter"})
	if err != nil {
		t.Fatal(err)
	}
	text := pandocText(t, data)
	want := []string{b.Title, "Author: " + b.Author, "Byline: Leila Amrani", "Retrieved: 2026-11-30T06:05:00Z", "Summary", "Parties", "Commitments", "Background",
		"Key dates and figures", "Source sentences", b.Parties[0].Name, b.Commitments[0].Status,
		b.Dates[0].Value, b.Figures[0].Text, b.Refs(b.Summary[0].Spans), "S1"}
	for _, w := range want {
		if !strings.Contains(text, oneLine(w)) {
			t.Errorf("the document lacks %q", w)
		}
	}
	if first := oneLine(b.Source.SentenceText(1)); !strings.Contains(oneLine(text), first) {
		t.Errorf("the document lacks the first source sentence %q", first)
	}

	parts := zipParts(t, data)
	for _, name := range []string{"word/header1.xml", "word/footer1.xml"} {
		if !strings.Contains(parts[name], strings.ToUpper(b.Marking)) {
			t.Errorf("%s does not carry the marking %q", name, b.Marking)
		}
	}
	if !strings.Contains(parts["word/footer1.xml"], `w:instr="PAGE"`) {
		t.Error("the footer has no page number")
	}
	if !strings.Contains(parts["word/document.xml"], `w:w="12240"`) {
		t.Error("letter paper was not applied")
	}
}

// TestRenderOddText renders text with control characters, markup and an
// empty brief without failing, and pandoc still reads it.
func TestRenderOddText(t *testing.T) {
	b := &briefing.Brief{Title: "A <b>bold</b> & \x01odd\x7f title 🙂", Marking: "",
		Summary: []briefing.Item{{Text: "Tabs\tand\nlines"}}}
	data, err := Render(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := pandocText(t, data)
	if !strings.Contains(text, "<b>bold</b> &") || !strings.Contains(text, "Tabs and lines") {
		t.Errorf("odd text came back as:\n%s", text)
	}
}

func zipParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(rc)
		rc.Close()
		parts[f.Name] = buf.String()
	}
	return parts
}

func BenchmarkRender(b *testing.B) {
	br := example(b)
	for b.Loop() {
		if _, err := Render(br, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSeveralSourcesReadBack renders a brief of two sources: each source
// is listed with its sentences, and references name source and sentence.
func TestSeveralSourcesReadBack(t *testing.T) {
	b := example(t)
	text := "Morocco and CNBG signed a vaccine deal. Trials begin in September."
	b.AddSource(briefing.Source{Text: text, Title: "Wire report", URL: "https://wire.example/deal", Published: "2020-09-01",
		Sentences: []briefing.Span{{Start: 0, End: 39}, {Start: 40, End: len(text)}}})
	b.Summary[0].Spans = append(b.Summary[0].Spans, briefing.Span{Start: 0, End: 39, Source: "B"})
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	data, err := Render(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := oneLine(pandocText(t, data))
	for _, w := range []string{"Sources: " + b.SourceList(), "A — " + b.Source.Title, "B — Wire report", "URL: https://wire.example/deal",
		"Published: 2020-09-01", "S2 Trials begin in September.", b.Refs(b.Summary[0].Spans)} {
		if !strings.Contains(got, oneLine(w)) {
			t.Errorf("the document lacks %q", w)
		}
	}
	if !strings.Contains(b.Refs(b.Summary[0].Spans), "B·S1") {
		t.Errorf("references %q name no sentence of B", b.Refs(b.Summary[0].Spans))
	}
}
