package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// run runs the command line in-process and returns exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut})
	return code, out.String(), errOut.String()
}

func TestHelpAndUsageErrors(t *testing.T) {
	cases := []struct {
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{[]string{"--help"}, ExitOK, "Commands:", ""},
		{[]string{"draft", "-h"}, ExitOK, "usage: briefdesk draft", ""},
		{[]string{"help", "draft"}, ExitOK, "--published", ""},
		{[]string{"--version"}, ExitOK, "BriefDesk", ""},
		{[]string{"nonsense"}, ExitUsage, "", `unknown command "nonsense"`},
		{[]string{"draft"}, ExitUsage, "", "give one FILE or URL"},
		{[]string{"draft", "--bogus", "-"}, ExitUsage, "", "flag provided but not defined"},
		{[]string{"draft", "--published", "31/08/2020", "-"}, ExitUsage, "", "not a date of the form YYYY-MM-DD"},
		{[]string{"draft", "--json", "--md", "-"}, ExitUsage, "", "choose one of --json, --md and --save"},
		{[]string{"draft", "/no/such/file.txt"}, ExitFailure, "", "cannot read /no/such/file.txt"},
		{[]string{"validate"}, ExitUsage, "", "give one FILE.json"},
	}
	for _, c := range cases {
		code, out, errOut := run(t, "", c.args...)
		if code != c.code || !strings.Contains(out, c.inStdout) || !strings.Contains(errOut, c.inStderr) {
			t.Errorf("briefdesk %v: code %d, stdout %q, stderr %q; want code %d, stdout with %q, stderr with %q",
				c.args, code, out, errOut, c.code, c.inStdout, c.inStderr)
		}
	}
}

func TestDraftEmptyInput(t *testing.T) {
	code, out, errOut := run(t, "  \n\t ", "draft", "-")
	if code != ExitFailure || out != "" || !strings.Contains(errOut, "empty") {
		t.Fatalf("empty input: code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestDraftJSONValidates(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("..", "testdata", "morocco-china-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, string(article), "draft", "--json", "--published", "2020-08-31", "-")
	if code != ExitOK {
		t.Fatalf("draft failed (%d): %s", code, errOut)
	}
	b, err := briefing.Parse([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(); err != nil {
		t.Fatalf("draft output does not validate: %v", err)
	}
	if b.Source.Text != string(article) || b.Source.Published != "2020-08-31" {
		t.Fatalf("source not kept as given: published %q", b.Source.Published)
	}
	if len(b.Source.Sentences) == 0 {
		t.Fatal("no sentences found")
	}

	path := filepath.Join(t.TempDir(), "brief.json")
	if err := os.WriteFile(path, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, "", "validate", path); code != ExitOK || !strings.Contains(out, "valid brief") {
		t.Fatalf("validate: %d %q %q", code, out, errOut)
	}
	code, out, _ = run(t, string(article), "draft", "--md", "-")
	if code != ExitOK || !strings.Contains(out, "## Source sentences") {
		t.Fatalf("draft --md: %d %q", code, out)
	}
}

func TestValidateRejectsBadBrief(t *testing.T) {
	bad := `{"schema":1,"source":{"text":"abc","sentences":[{"start":0,"end":9}]},"parties":[{"name":"X","kind":"alien"}]}`
	code, _, errOut := run(t, bad, "validate", "-")
	if code != ExitFailure || !strings.Contains(errOut, "outside the source") || !strings.Contains(errOut, `unknown kind "alien"`) {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
}

// TestDraftStdinKeptExactly checks that offsets point into the bytes sent on
// standard input: leading white space and CRLF line ends are not removed.
func TestDraftStdinKeptExactly(t *testing.T) {
	in := "\n\n  Morocco and China signed an agreement on Monday.\r\n\r\nThe deal covers vaccines.  \n"
	code, out, errOut := run(t, in, "draft", "--json", "-")
	if code != ExitOK {
		t.Fatalf("draft: %d %s", code, errOut)
	}
	b, err := briefing.Parse([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if b.Source.Text != in {
		t.Fatalf("source text changed: %q", b.Source.Text)
	}
	if len(b.Source.Sentences) == 0 || !strings.HasPrefix(b.Source.SentenceText(1), "Morocco") {
		t.Fatalf("first sentence %q", b.Source.SentenceText(1))
	}
}

func TestDraftSave(t *testing.T) {
	db := filepath.Join(t.TempDir(), "archive.db")
	code, out, errOut := run(t, "Morocco and China signed an agreement on Monday. It covers vaccines.", "draft", "--save", "--db", db, "-")
	if code != ExitOK {
		t.Fatalf("draft --save: %d %s", code, errOut)
	}
	id := strings.TrimSpace(out)
	code, out, errOut = run(t, "", "show", "--db", db, id)
	if code != ExitOK || !strings.Contains(out, "Morocco and China signed") {
		t.Fatalf("show %s: %d %q %q", id, code, out, errOut)
	}
}
