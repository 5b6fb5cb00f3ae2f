package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// writeBriefFile writes a small brief's JSON and returns its path.
func writeBriefFile(t *testing.T, dir, title, text string) string {
	t.Helper()
	b := &briefing.Brief{Title: title, Tags: []string{"Trade"},
		Source:  briefing.Source{Text: text, Published: "2024-05-06"},
		Summary: []briefing.Item{{Text: text}}}
	data, err := b.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, strings.ReplaceAll(title, " ", "-")+".json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var idPattern = regexp.MustCompile(`^[0-9a-f]{16}$`)

func TestArchiveCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	f1 := writeBriefFile(t, dir, "Chile signs copper pact", "Chile and Peru signed a copper pact in Lima.")
	f2 := writeBriefFile(t, dir, "Kenya opens pipeline", "Kenya opened an oil pipeline to Mombasa.")

	save := func(file string) string {
		code, out, errOut := run(t, "", "save", "--db", db, file)
		id := strings.TrimSpace(out)
		if code != ExitOK || !idPattern.MatchString(id) {
			t.Fatalf("save %s: code %d, out %q, err %q", file, code, out, errOut)
		}
		return id
	}
	id1, id2 := save(f1), save(f2)
	info, err := os.Stat(db)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("archive file: %v %v", info, err)
	}

	steps := []struct {
		args     []string
		code     int
		inStdout []string
		inStderr string
	}{
		{[]string{"list"}, ExitOK, []string{id2 + "  2024-05-06  Kenya opens pipeline #Trade", id1, "2 of 2 briefs"}, ""},
		{[]string{"list", "--limit", "1"}, ExitOK, []string{id2, "1 of 2 briefs"}, ""},
		{[]string{"list", "--tag", "trade", "--json"}, ExitOK, []string{`"id": "` + id1 + `"`, `"title": "Kenya opens pipeline"`}, ""},
		{[]string{"show", id1}, ExitOK, []string{`"title": "Chile signs copper pact"`, `"id": "` + id1 + `"`}, ""},
		{[]string{"show", "--md", id1}, ExitOK, []string{"Chile signs copper pact"}, ""},
		{[]string{"search", "copper", "lima"}, ExitOK, []string{id1, "Chile and Peru signed a copper pact", "1 found"}, ""},
		{[]string{"search", "--json", `"oil pipeline"`}, ExitOK, []string{`"id": "` + id2 + `"`, `"score"`}, ""},
		{[]string{"search", "after:yesterday"}, ExitFailure, nil, "YYYY-MM-DD"},
		{[]string{"search"}, ExitUsage, nil, "give words"},
		{[]string{"history", id1}, ExitOK, []string{"   1  ", "Chile signs copper pact"}, ""},
		{[]string{"show", "--rev", "1", id1}, ExitOK, []string{"Chile signs copper pact"}, ""},
		{[]string{"show", "0000000000000000"}, ExitFailure, nil, `no brief with ID "0000000000000000"`},
		{[]string{"show"}, ExitUsage, nil, "give one brief ID"},
		{[]string{"delete", id2}, ExitOK, []string{"moved " + id2 + " to the trash"}, ""},
		{[]string{"list"}, ExitOK, []string{"1 of 1 briefs"}, ""},
		{[]string{"list", "--trash"}, ExitOK, []string{id2, "1 of 1 briefs"}, ""},
		{[]string{"search", "kenya"}, ExitOK, []string{"0 found"}, ""},
		{[]string{"delete", "--undo", id2}, ExitOK, []string{"took " + id2 + " out of the trash"}, ""},
		{[]string{"search", "kenya"}, ExitOK, []string{id2, "1 found"}, ""},
		{[]string{"history", "--restore", "1", id1}, ExitOK, []string{"revision 1 of " + id1}, ""},
		{[]string{"history", id1}, ExitOK, []string{"   2  "}, ""},
		{[]string{"delete", "--empty-trash"}, ExitOK, []string{"deleted 0 briefs"}, ""},
		{[]string{"save", filepath.Join(dir, "missing.json")}, ExitFailure, nil, "cannot read"},
	}
	for _, s := range steps {
		args := append([]string{s.args[0], "--db", db}, s.args[1:]...)
		code, out, errOut := run(t, "", args...)
		ok := code == s.code && strings.Contains(errOut, s.inStderr)
		for _, want := range s.inStdout {
			ok = ok && strings.Contains(out, want)
		}
		if !ok {
			t.Errorf("briefdesk %v: code %d\nstdout %q\nstderr %q\nwant code %d, stdout with %q, stderr with %q",
				args, code, out, errOut, s.code, s.inStdout, s.inStderr)
		}
	}

	// Export, import into a second archive (twice: no doubles), back up and restore.
	export := filepath.Join(dir, "all.jsonl")
	if code, out, errOut := run(t, "", "export-json", "--db", db, export); code != ExitOK || !strings.Contains(out, "wrote 2 briefs") {
		t.Fatalf("export-json: %d %q %q", code, out, errOut)
	}
	db2 := filepath.Join(dir, "second.db")
	for range 2 {
		if code, out, errOut := run(t, "", "import-json", "--db", db2, export); code != ExitOK || !strings.Contains(out, "imported 2 briefs") {
			t.Fatalf("import-json: %d %q %q", code, out, errOut)
		}
	}
	if _, out, _ := run(t, "", "list", "--db", db2); !strings.Contains(out, "2 of 2 briefs") {
		t.Errorf("second archive after importing twice: %q", out)
	}
	code, stdout, _ := run(t, "", "export-json", "--db", db2, "-")
	if code != ExitOK || strings.Count(stdout, "\n") != 2 || !strings.Contains(stdout, id1) {
		t.Errorf("export-json to standard output: %d %q", code, stdout)
	}
	if code, _, errOut := run(t, "not json\n", "import-json", "--db", db2, "-"); code != ExitFailure || !strings.Contains(errOut, "standard input: line 1") {
		t.Errorf("import of a bad line: %d %q", code, errOut)
	}

	backup := filepath.Join(dir, "backup.db")
	if code, out, errOut := run(t, "", "backup", "--db", db, backup); code != ExitOK || !strings.Contains(out, "wrote "+backup) {
		t.Fatalf("backup: %d %q %q", code, out, errOut)
	}
	run(t, "", "delete", "--db", db, id1)
	run(t, "", "delete", "--db", db, "--empty-trash")
	code, out, errOut := run(t, "", "restore", "--db", db, backup)
	if code != ExitOK || !strings.Contains(out, "the previous archive is kept as "+db+".before-restore-") {
		t.Fatalf("restore: %d %q %q", code, out, errOut)
	}
	if _, out, _ := run(t, "", "show", "--db", db, id1); !strings.Contains(out, "Chile signs copper pact") {
		t.Errorf("brief not back after restore: %q", out)
	}
	if code, _, errOut := run(t, "", "restore", "--db", db, export); code != ExitFailure || !strings.Contains(errOut, "nothing was changed") {
		t.Errorf("restore from a file that is not a backup: %d %q", code, errOut)
	}
}

func TestArchiveCommandErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none.db")
	damaged := filepath.Join(dir, "damaged.db")
	os.WriteFile(damaged, []byte(strings.Repeat("not an archive ", 1000)), 0o600)
	cases := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"list", "--db", missing}, ExitFailure, "there is no archive at " + missing},
		{[]string{"list", "--db", damaged}, ExitFailure, "is damaged"},
		{[]string{"list", "extra"}, ExitUsage, "takes no arguments"},
		{[]string{"list", "--limit", "-1"}, ExitUsage, "must not be negative"},
		{[]string{"show", "--json", "--md", "x"}, ExitUsage, "choose --json or --md"},
		{[]string{"delete", "--empty-trash", "x"}, ExitUsage, "takes no ID"},
		{[]string{"backup"}, ExitUsage, "give the backup FILE"},
		{[]string{"restore"}, ExitUsage, "give the backup FILE"},
		{[]string{"import-json"}, ExitUsage, "give one FILE"},
		{[]string{"export-json", "a", "b"}, ExitUsage, "give one FILE"},
		{[]string{"save", "--db", damaged, "-"}, ExitFailure, "not a brief"},
	}
	for _, c := range cases {
		code, _, errOut := run(t, "{", c.args...)
		if code != c.code || !strings.Contains(errOut, c.inStderr) {
			t.Errorf("briefdesk %v: code %d, stderr %q; want %d with %q", c.args, code, errOut, c.code, c.inStderr)
		}
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("a reading command created the missing archive")
	}
}

func TestHelpNamesTheArchive(t *testing.T) {
	t.Setenv(archiveEnv, "/some/where/archive.db")
	_, out, _ := run(t, "", "--help")
	if !strings.Contains(out, "Archive: /some/where/archive.db") {
		t.Errorf("--help does not name the archive:\n%s", out)
	}
	_, out, _ = run(t, "", "list", "-h")
	if !strings.Contains(out, "-db PATH") {
		t.Errorf("list -h does not show --db:\n%s", out)
	}
}
