package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"golang.org/x/text/unicode/norm"

	"github.com/briefdesk/briefdesk/briefing"
)

func init() { model.ConfigPath = "disable" } // pdfcpu: no configuration files

// itemTexts lists what a reader must find in the PDF for every item of the
// brief: its words and its sentence reference.
func itemTexts(b *briefing.Brief) []string {
	var out []string
	add := func(ref string, texts ...string) {
		out = append(out, texts...)
		if ref != "" {
			out = append(out, ref)
		}
	}
	for _, it := range append(append([]briefing.Item{}, b.Summary...), b.Background...) {
		add(b.Refs(it.Spans), it.Text, humanDate(it.When))
	}
	for _, p := range b.Parties {
		add(b.Refs(p.Mentions), append([]string{p.Name, p.Kind, p.Role, p.Affiliation}, p.Aliases...)...)
	}
	for _, c := range b.Commitments {
		add(b.Refs(c.Spans), append(append([]string{c.Status, c.Action, humanDate(c.When), humanDate(c.Deadline)}, c.Actors...), c.Counterparties...)...)
	}
	for _, d := range b.Dates {
		add(b.Refs(d.Spans), d.Text, humanDate(d.Value))
	}
	for _, f := range b.Figures {
		add(b.Refs(f.Spans), f.Text, f.Unit)
	}
	for _, src := range b.AllSources() {
		for i := range src.Sentences {
			out = append(out, src.SentenceText(i+1))
		}
	}
	return out
}

// checkPDF runs every external check on a rendered brief and returns the
// text of each page.
func checkPDF(t *testing.T, b *briefing.Brief, opt Options, data []byte) []string {
	t.Helper()
	path := writeTemp(t, "brief.pdf", data)

	if err := api.Validate(bytes.NewReader(data), model.NewDefaultConfiguration()); err != nil {
		t.Errorf("pdfcpu validate: %v", err)
	}

	meta := info(t, path)
	pages, err := strconv.Atoi(meta["Pages"])
	if err != nil || pages < 1 {
		t.Fatalf("pdfinfo pages %q", meta["Pages"])
	}
	for key, want := range map[string]string{
		"Title": clean(titleOf(b)), "Author": clean(b.Author), "Subject": subject(b),
		"Keywords": keywords(b), "Creator": "BriefDesk",
	} {
		if meta[key] != want {
			t.Errorf("pdfinfo %s = %q, want %q", key, meta[key], want)
		}
	}
	if want := docDate(b.Created, b.Updated, b.Source.Published).Format("Jan _2 15:04:05 2006"); !strings.Contains(meta["CreationDate"], want) {
		t.Errorf("pdfinfo CreationDate = %q, want %s", meta["CreationDate"], want)
	}

	for _, ln := range strings.Split(tool(t, "pdffonts", path), "\n")[2:] {
		if f := strings.Fields(ln); len(f) >= 5 && f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", ln)
		}
	}

	mark := marking(b, opt)
	var texts []string
	for p := 1; p <= pages; p++ {
		txt := pageText(t, path, p)
		texts = append(texts, txt)
		if mark != "" && strings.Count(txt, mark) < 2 {
			t.Errorf("page %d: marking %q not at top and bottom", p, mark)
		}
		if want := "Page " + strconv.Itoa(p) + " of " + strconv.Itoa(pages); !strings.Contains(txt, want) {
			t.Errorf("page %d: no %q", p, want)
		}
	}
	// compatibility form: Arabic is drawn in presentation forms
	all := norm.NFKC.String(squeeze(strings.Join(texts, "\n")))
	for _, want := range itemTexts(b) {
		for _, w := range strings.Fields(norm.NFKC.String(clean(want))) {
			if hasRTL(w) {
				// pdftotext moves the full stop after a right-to-left
				// word to the other side of it
				w = strings.TrimFunc(w, unicode.IsPunct)
			}
			if !strings.Contains(all, w) {
				t.Errorf("word %q of %q is not in the PDF text", w, want)
			}
		}
	}

	png := tool(t, "pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", path)
	if !strings.HasPrefix(png, "\x89PNG") {
		t.Errorf("pdftoppm did not render page 1")
	}
	return texts
}

func TestRenderBriefs(t *testing.T) {
	cases := []struct {
		name    string
		brief   *briefing.Brief
		opt     Options
		cjk     bool
		minPage int
	}{
		{"example", exampleBrief(t), Options{}, false, 2},
		{"example-letter-marking", exampleBrief(t), Options{Paper: "letter", Marking: "SECRET // REL"}, false, 2},
		{"mixed-scripts", mixedBrief(t), Options{}, true, 1},
		{"empty", &briefing.Brief{}, Options{}, false, 1},
		{"long", longBrief(t, 6, false), Options{}, false, 6},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := Render(c.brief, c.opt)
			if err != nil {
				t.Fatal(err)
			}
			texts := checkPDF(t, c.brief, c.opt, data)
			if len(texts) < c.minPage {
				t.Errorf("%d pages, want at least %d", len(texts), c.minPage)
			}
			if got := bytes.Contains(data, []byte("DroidFallback")) || bytes.Contains(data, []byte("droidfallback")); got != c.cjk {
				t.Errorf("Droid Sans Fallback embedded = %v, want %v", got, c.cjk)
			}
			for _, sec := range []string{secSummary, secParties, secCommitments, secBackground, secKeyFacts, secSources} {
				if !bytes.Contains(data, []byte(sec)) && !strings.Contains(strings.Join(texts, ""), sec) {
					t.Errorf("section %q missing", sec)
				}
			}
		})
	}
}

// TestTableHeaderRepeats checks that every page holding rows of the
// parties table starts those rows under a repeated header.
func TestTableHeaderRepeats(t *testing.T) {
	b := longBrief(t, 12, false)
	data, err := Render(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := writeTemp(t, "long.pdf", data)
	pages, _ := strconv.Atoi(info(t, path)["Pages"])
	tablePages := 0
	for p := 1; p <= pages; p++ {
		txt := pageText(t, path, p)
		hasRow := false
		for _, party := range b.Parties {
			hasRow = hasRow || strings.Contains(squeeze(txt), squeeze(party.Name))
		}
		if !hasRow {
			continue
		}
		tablePages++
		if !strings.Contains(txt, "Name Kind Role Affiliation Aliases Ref") {
			t.Errorf("page %d has party rows but no table header:\n%s", p, txt)
		}
	}
	if tablePages < 2 {
		t.Errorf("the parties table spans %d pages; the test needs it to cross a page break", tablePages)
	}
}

func TestDeterministic(t *testing.T) {
	for _, b := range []*briefing.Brief{exampleBrief(t), mixedBrief(t)} {
		first, err := Render(b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan []byte)
		go func() {
			again, _ := Render(b, Options{})
			done <- again
		}()
		if again := <-done; !bytes.Equal(first, again) {
			t.Errorf("%s: two renders differ", b.Title)
		}
	}
}

func TestExampleSize(t *testing.T) {
	data, err := Render(exampleBrief(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 120<<10 {
		t.Errorf("example brief is %d KB, want under 120 KB", len(data)>>10)
	}
}

func TestRenderErrors(t *testing.T) {
	if _, err := Render(nil, Options{}); err == nil {
		t.Error("nil brief: no error")
	}
	_, err := Render(exampleBrief(t), Options{Paper: "A3"})
	if err == nil || !strings.Contains(err.Error(), "a4 or letter") {
		t.Errorf("paper A3: error %v, want one naming the choices", err)
	}
}

// TestDocsImage keeps docs/pdf-page1.png, the picture of page 1 of the
// example brief shown in the README; -update redraws it.
func TestDocsImage(t *testing.T) {
	docs := filepath.Join("..", "..", "docs", "pdf-page1")
	if *update {
		data, err := Render(exampleBrief(t), Options{})
		if err != nil {
			t.Fatal(err)
		}
		tool(t, "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", writeTemp(t, "example.pdf", data), docs)
	}
	png, err := os.ReadFile(docs + ".png")
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("docs/pdf-page1.png is missing or not a PNG (run go test -run TestDocsImage -update): %v", err)
	}
}
