package draft

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/figures"
	"github.com/briefdesk/briefdesk/briefing/draft/parties"
	"github.com/briefdesk/briefdesk/briefing/draft/summary"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/draft/title"
)

// withoutHeadline returns an article without its headline line: the
// first paragraph when it is one short line that does not end a sentence.
func withoutHeadline(src string) string {
	src = strings.TrimSpace(src)
	first, rest, ok := strings.Cut(src, "\n\n")
	if !ok || strings.Contains(first, "\n") || text.WordCount(first) > text.MaxTitleWords || text.EndsSentence(first) {
		return src
	}
	return rest
}

// TestBuiltTitlesWhole drafts the articles written for the tests (the
// gold briefs of our own, the articles of other genres and the benchmark
// articles) with their headline line taken away, so that the title is
// built from the lead, and checks that no built title is cut off inside
// a phrase (see CutOff) or runs past MaxTitleWords.
func TestBuiltTitlesWhole(t *testing.T) {
	t.Parallel() // drafts many articles: runs beside the other long tests
	texts := map[string]string{}
	for _, g := range readGoldOwn(t) {
		texts[g.ID] = g.Text
	}
	for _, pattern := range []string{"testdata/unseen/*.txt", "testdata/bench_*.txt"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts[f] = string(b)
		}
	}
	if len(texts) < 20 {
		t.Fatalf("only %d articles", len(texts))
	}
	for name, src := range texts {
		d := draftedDoc(t, withoutHeadline(src))
		got := title.Headline(d, "")
		f := strings.Fields(got)
		if len(f) == 0 {
			t.Errorf("%s: no title", name)
			continue
		}
		if _, own := text.TitleLine(d); own {
			continue // the article's own headline, not built
		}
		if sp, ok := text.MailSubject(d.Text); ok && text.OneLineText(d.Text[sp.Start:sp.End]) == got {
			continue // a message's subject line: its own title, not built
		}
		if heading(src, got) || strings.HasPrefix(text.OneLineText(strings.SplitN(strings.TrimSpace(withoutHeadline(src)), "\n", 2)[0]), got) {
			continue // a heading of the document, title-cased or cut before its subject, not built from the lead
		}
		body := slices.DeleteFunc(text.BodySentences(d), func(si int) bool { return summary.Occasion(d, si) })
		if len(body) == 0 {
			body = text.BodySentences(d)
		}
		if from := builtFrom(d, body, body[summary.LeadSentence(d, body)], got); title.CutOff(d, from, got) || len(f) > text.MaxTitleWords {
			t.Errorf("%s: title %q is cut off", name, got)
		}
	}
}

// builtFrom returns the body sentence a built title comes from: the lead,
// unless the lead does not hold every word of the title and a sentence
// after it does (a title built past a lead whose clauses a misparse cut
// off, or past a lead that is no news).
func builtFrom(d *doc.Document, body []int, lead int, title string) int {
	f := strings.Fields(title)
	holds := func(si int) bool {
		words := map[string]bool{}
		for _, w := range strings.Fields(d.Text[d.Sentences[si].Start:d.Sentences[si].End]) {
			words[strings.ToLower(strings.Trim(w, ",;:.!?\"“”‘’'()"))] = true
		}
		for _, w := range f {
			if !words[strings.ToLower(strings.Trim(w, ",;:.!?\"“”‘’'()"))] {
				return false // "NHS England" in the lead holds the last word of a title built from the next sentence
			}
		}
		return true
	}
	if holds(lead) {
		return lead
	}
	for _, si := range body {
		if si > lead && holds(si) {
			return si
		}
	}
	return lead
}

// heading reports whether title is the start of a line of src written in
// capitals, a heading of its own, case aside ("RECOMMENDED MERGER OF …" → "Recommended
// Merger of …", "AGREEMENT BETWEEN … ON …" → "Agreement Between …"), or
// of such a line joined to the line under it ("CHAIRMAN'S STATEMENT / OF
// THE 59TH …", "COALITION AGREEMENT / between …").
func heading(src, title string) bool {
	lines := strings.Split(src, "\n")
	for k, line := range lines {
		if line = strings.TrimSpace(line); line == "" || strings.ToUpper(line) != line {
			continue
		}
		joined := line
		if k+1 < len(lines) {
			joined += " " + strings.TrimSpace(lines[k+1])
		}
		if strings.HasPrefix(strings.ToLower(line), strings.ToLower(title)) || strings.HasPrefix(strings.ToLower(joined), strings.ToLower(title)) {
			return true
		}
	}
	return false
}

// draftedDoc runs the stages Draft runs before the title on text.
func draftedDoc(t *testing.T, src string) *doc.Document {
	t.Helper()
	d := &doc.Document{Text: src, Published: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	all, kinds := text.SegmentMarked(src)
	d.Sentences, d.Furniture = text.SplitFurniture(all, kinds)
	d.Standing = text.SentencesOf(all, kinds, text.StandingSection)
	d.Datelines = text.SentencesOf(all, kinds, text.DatelineLine)
	parsed, err := text.Parse(d)
	if err != nil {
		t.Fatal(err)
	}
	d.Parsed = parsed
	d.Parties = parties.Find(d)
	d.Dates = dates.Find(d)
	d.Figures = figures.Find(d)
	return d
}
