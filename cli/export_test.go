package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// exampleJSON is the hand-made brief of the example article kept with the
// PDF package's tests.
var exampleJSON = filepath.Join("..", "briefing", "pdf", "testdata", "example.json")

func TestExportAllFormats(t *testing.T) {
	dir := t.TempDir()
	out := func(name string) string { return filepath.Join(dir, name) }
	code, stdout, stderr := run(t, "", "export", "--pdf", out("b.pdf"), "--docx", out("b.docx"), "--md", out("b.md"), "--json", out("b.json"),
		"--paper", "letter", "--marking", "SECRET", exampleJSON)
	if code != ExitOK {
		t.Fatalf("code %d, stderr %s", code, stderr)
	}
	for _, name := range []string{"b.pdf", "b.docx", "b.md", "b.json"} {
		if !strings.Contains(stdout, out(name)) {
			t.Errorf("stdout %q does not name %s", stdout, name)
		}
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", out("b.pdf"), "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	for _, want := range []string{"SECRET", "Morocco and China agree to partner", "Page 1 of"} {
		if !bytes.Contains(text, []byte(want)) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	info, _ := exec.Command("pdfinfo", out("b.pdf")).Output()
	if !bytes.Contains(info, []byte("612 x 792 pts (letter)")) {
		t.Errorf("--paper letter: pdfinfo says\n%s", info)
	}
	word, err := exec.Command("pandoc", "--from", "docx", "--to", "plain", "--standalone", out("b.docx")).Output()
	if err != nil {
		t.Fatalf("pandoc: %v", err)
	}
	for _, want := range []string{"Marking: SECRET", "Morocco and China agree to partner", "Source sentences"} {
		if !bytes.Contains(word, []byte(want)) {
			t.Errorf("Word document lacks %q", want)
		}
	}
	md, _ := os.ReadFile(out("b.md"))
	if !bytes.Contains(md, []byte("**SECRET**")) {
		t.Error("Markdown lacks the marking")
	}
	data, _ := os.ReadFile(out("b.json"))
	b, err := briefing.Parse(data)
	if err != nil || b.Marking != "SECRET" || b.Title == "" {
		t.Errorf("JSON export: %v, marking %q", err, b.Marking)
	}
}

func TestExportFromStdin(t *testing.T) {
	in, err := os.ReadFile(exampleJSON)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "b.pdf")
	if code, _, stderr := run(t, string(in), "export", "--pdf", path, "-"); code != ExitOK {
		t.Fatalf("code %d: %s", code, stderr)
	}
	if data, _ := os.ReadFile(path); !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Error("not a PDF")
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "keep.pdf")
	if err := os.WriteFile(existing, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	notJSON := filepath.Join(dir, "x.json")
	if err := os.WriteFile(notJSON, []byte("{oops"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no input", []string{"export", "--pdf", existing}, ExitUsage, "give one FILE.json"},
		{"no output", []string{"export", exampleJSON}, ExitUsage, "say what to write"},
		{"bad paper", []string{"export", "--pdf", existing, "--paper", "a3", exampleJSON}, ExitUsage, `--paper "a3"`},
		{"missing input", []string{"export", "--pdf", existing, filepath.Join(dir, "none.json")}, ExitFailure, "cannot read"},
		{"not a brief", []string{"export", "--pdf", existing, notJSON}, ExitFailure, "not a brief"},
		{"folder missing", []string{"export", "--pdf", filepath.Join(dir, "no", "b.pdf"), exampleJSON}, ExitFailure, "cannot write"},
		{"output is a folder", []string{"export", "--pdf", dir, exampleJSON}, ExitFailure, "is a folder"},
	}
	for _, c := range cases {
		code, _, stderr := run(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.msg) {
			t.Errorf("%s: code %d, stderr %q; want %d and %q", c.name, code, stderr, c.code, c.msg)
		}
	}
	if data, _ := os.ReadFile(existing); string(data) != "old" {
		t.Error("a failed export changed an existing file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("%d entries in the folder, want 2 (no temporary files left)", len(entries))
	}
}

func TestExportByID(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	code, out, stderr := run(t, "", "save", "--db", db, exampleJSON)
	id := strings.TrimSpace(out)
	if code != ExitOK {
		t.Fatalf("save: code %d, %s", code, stderr)
	}
	pdfPath := filepath.Join(dir, "b.pdf")
	if code, _, stderr := run(t, "", "export", "--db", db, "--pdf", pdfPath, id); code != ExitOK {
		t.Fatalf("export by ID: code %d, %s", code, stderr)
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", pdfPath, "-").Output()
	if err != nil || !bytes.Contains(text, []byte("Morocco and China agree to partner")) {
		t.Errorf("exported PDF text: %v\n%s", err, text)
	}
	for _, c := range []struct {
		arg, msg string
	}{
		{"0123456789abcdef", "0123456789abcdef"}, // an ID not in the archive is named
		{"missing.json", "cannot read missing.json"},
	} {
		if code, _, stderr := run(t, "", "export", "--db", db, "--pdf", pdfPath, c.arg); code != ExitFailure || !strings.Contains(stderr, c.msg) {
			t.Errorf("export %s: code %d, stderr %q; want failure naming %q", c.arg, code, stderr, c.msg)
		}
	}
}
