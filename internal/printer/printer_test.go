package printer

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestCommand(t *testing.T) {
	has := func(names ...string) func(string) (string, error) {
		return func(n string) (string, error) {
			for _, h := range names {
				if h == n {
					return "/usr/bin/" + n, nil
				}
			}
			return "", errors.New("not found")
		}
	}
	tests := []struct {
		goos  string
		look  func(string) (string, error)
		first string
		err   error
	}{
		{"linux", has("lp", "lpr"), "/usr/bin/lp", nil},
		{"darwin", has("lpr"), "/usr/bin/lpr", nil},
		{"linux", has(), "", ErrNoPrinting},
		{"windows", has("powershell"), "/usr/bin/powershell", nil},
		{"windows", has("lp"), "", ErrNoPrinting},
	}
	for _, tt := range tests {
		args, err := Command(tt.goos, "/tmp/it's.pdf", tt.look)
		if !errors.Is(err, tt.err) || (err == nil && args[0] != tt.first) {
			t.Errorf("%s: %v, %v; want %s, %v", tt.goos, args, err, tt.first, tt.err)
		}
		if tt.goos == "windows" && err == nil && !strings.Contains(args[len(args)-1], "'/tmp/it''s.pdf' -Verb Print") {
			t.Errorf("windows command %q does not quote the file", args)
		}
	}
}

// TestPrintRunsSpooler puts a stand-in lp on PATH that records what it was
// given, and one that fails, and prints through them.
func TestPrintRunsSpooler(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stand-in spooler is a shell script")
	}
	dir := t.TempDir()
	got := filepath.Join(dir, "got")
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + got + "\n"
	if err := os.WriteFile(filepath.Join(dir, "lp"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	prog, err := Print("/tmp/brief.pdf")
	if err != nil || filepath.Base(prog) != "lp" {
		t.Fatalf("Print: %q, %v", prog, err)
	}
	if data, _ := os.ReadFile(got); string(data) != "--\n/tmp/brief.pdf\n" {
		t.Errorf("lp got %q", data)
	}

	fail := "#!/bin/sh\necho 'lp: Error - no default destination available.' >&2\nexit 1\n"
	if err := os.WriteFile(filepath.Join(dir, "lp"), []byte(fail), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Print("/tmp/brief.pdf"); err == nil || !strings.Contains(err.Error(), "no default destination") {
		t.Errorf("a failing spooler gave %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "lp"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := PrintData("b.pdf", []byte("%PDF-1.4")); err != nil {
		t.Fatalf("PrintData: %v", err)
	}
	data, _ := os.ReadFile(got)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 2 || !strings.HasSuffix(lines[1], "-b.pdf") {
		t.Fatalf("lp got %q", data)
	}
	if _, err := os.Stat(lines[1]); !os.IsNotExist(err) {
		t.Errorf("the temporary file %s was left behind", lines[1])
	}
	t.Setenv("PATH", t.TempDir())
	if _, err := Print("/tmp/brief.pdf"); !errors.Is(err, ErrNoPrinting) {
		t.Errorf("no spooler gave %v", err)
	}
}
