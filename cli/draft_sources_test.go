package cli

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// pairFiles are two reports of one event, from the merge tests.
var pairFiles = []string{filepath.Join("..", "briefing", "merge", "testdata", "pairs", "01-a.txt"),
	filepath.Join("..", "briefing", "merge", "testdata", "pairs", "01-b.txt")}

// TestDraftSeveralSources drafts one brief from two reports, saves it,
// and reads it back with show, export-json and import-json: both sources
// and everything drafted from them survive each step, search finds a word
// only the second report has, and the PDF names both sources.
func TestDraftSeveralSources(t *testing.T) {
	code, out, errOut := run(t, "", append([]string{"draft", "--json", "--published", "2024-05-08"}, pairFiles...)...)
	if code != ExitOK {
		t.Fatalf("draft of two files: exit %d: %s", code, errOut)
	}
	drafted := parseValid(t, out)
	if drafted.SourceCount() != 2 || drafted.Others[0].ID != "B" || drafted.Others[0].Title != "01-b.txt" || strings.Contains(drafted.Title, ".txt") {
		t.Fatalf("drafted brief %q: %d sources, second %+v", drafted.Title, drafted.SourceCount(), drafted.Others)
	}

	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	code, out, errOut = run(t, "", append([]string{"draft", "--save", "--db", db, "--published", "2024-05-08"}, pairFiles...)...)
	if code != ExitOK {
		t.Fatalf("draft --save: exit %d: %s", code, errOut)
	}
	id := strings.TrimSpace(out)
	shown := showBrief(t, db, id)
	sameSources(t, "show", shown, drafted)
	if code, out, _ := run(t, "", "show", "--db", db, "--md", id); code != ExitOK || !strings.Contains(out, "### B — 01-b.txt") || !strings.Contains(out, "B·S") {
		t.Errorf("show --md: exit %d:\n%s", code, out)
	}
	if code, out, _ := run(t, "", "search", "--db", db, "Saidi"); code != ExitOK || !strings.Contains(out, id) {
		t.Errorf("search of a word of the second source: exit %d: %s", code, out)
	}
	pdf := filepath.Join(dir, "brief.pdf")
	if code, _, errOut := run(t, "", "export", "--db", db, "--pdf", pdf, id); code != ExitOK {
		t.Fatalf("export --pdf: %s", errOut)
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{"B·S", "Source B: 01-b.txt", "Outlet / URL", "01-a.txt"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the PDF of the two-source brief lacks %q", want)
		}
	}

	lines := filepath.Join(dir, "all.jsonl")
	if code, _, errOut := run(t, "", "export-json", "--db", db, lines); code != ExitOK {
		t.Fatalf("export-json: %s", errOut)
	}
	db2 := filepath.Join(dir, "b.db")
	if code, _, errOut := run(t, "", "import-json", "--db", db2, lines); code != ExitOK {
		t.Fatalf("import-json: %s", errOut)
	}
	sameSources(t, "import-json", showBrief(t, db2, id), drafted)
}

// parseValid reads a brief's JSON and checks it is valid.
func parseValid(t *testing.T, js string) *briefing.Brief {
	t.Helper()
	b, err := briefing.Parse([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(); err != nil {
		t.Fatalf("not a valid brief: %v", err)
	}
	return b
}

func showBrief(t *testing.T, db, id string) *briefing.Brief {
	t.Helper()
	code, out, errOut := run(t, "", "show", "--db", db, id)
	if code != ExitOK {
		t.Fatalf("show %s: %s", id, errOut)
	}
	return parseValid(t, out)
}

// sameSources checks that got has want's sources, items and disagreements.
func sameSources(t *testing.T, step string, got, want *briefing.Brief) {
	t.Helper()
	got.ID, got.Created, got.Updated = "", "", ""
	g, _ := got.MarshalIndent()
	w, _ := want.MarshalIndent()
	if string(g) != string(w) {
		t.Errorf("%s changed the brief of two sources:\n got %.600s\nwant %.600s", step, g, w)
	}
}

func TestDraftSeveralSourcesUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"draft", "-", "-"}, "standard input (-) can be read once only"},
		{[]string{"draft", "--title", "T", pairFiles[0], pairFiles[1]}, "give them with one FILE or URL only"},
	} {
		if code, _, errOut := run(t, "", c.args...); code != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, %q; want a usage error saying %q", c.args, code, errOut, c.want)
		}
	}
	code, _, errOut := run(t, "", "draft", pairFiles[0], filepath.Join(t.TempDir(), "missing.txt"))
	if code != ExitFailure || !strings.Contains(errOut, "missing.txt") {
		t.Errorf("a missing second file: exit %d, %q", code, errOut)
	}
}

// TestValidateBothSchemas validates a brief of schema 1 and the brief of
// two sources drafted from files, and refuses a schema 1 brief that lists
// further sources.
func TestValidateBothSchemas(t *testing.T) {
	schema1 := filepath.Join("..", "briefing", "testdata", "schema1.json")
	if code, out, errOut := run(t, "", "validate", schema1); code != ExitOK || !strings.Contains(out, "valid brief (19 sentences") {
		t.Errorf("validate of schema 1: exit %d, %q %q", code, out, errOut)
	}
	_, two, _ := run(t, "", append([]string{"draft", "--json"}, pairFiles...)...)
	if code, out, errOut := run(t, two, "validate", "-"); code != ExitOK || !strings.Contains(out, "valid brief (2 sources, ") {
		t.Errorf("validate of two sources: exit %d, %q %q", code, out, errOut)
	}
	bad := `{"schema": 1, "source": {"text": "One."}, "sources": [{"text": "Two."}]}`
	if code, _, errOut := run(t, bad, "validate", "-"); code != ExitFailure || !strings.Contains(errOut, "need schema 2") {
		t.Errorf("validate of schema 1 with sources: exit %d, %q", code, errOut)
	}
}
