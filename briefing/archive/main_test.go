package archive

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// childEnv selects a child role when the test binary re-runs itself: a
// second process for the lock and crash tests.
const childEnv = "BRIEFDESK_ARCHIVE_CHILD"

func TestMain(m *testing.M) {
	if role := os.Getenv(childEnv); role != "" {
		os.Exit(runChild(role))
	}
	os.Exit(m.Run())
}

// runChild plays a role given as "name path":
//
//	hold PATH   open the archive, print "open", keep it open until stdin closes
//	create PATH create the archive, print "creating" when it is half made, and wait there
//	saves PATH  save briefs forever, printing "ok ID TOKEN" after each save returns
//	rss PATH    open read-only, list, search and read, then print its memory use
func runChild(role string) int {
	name, path, _ := strings.Cut(role, " ")
	if name == "create" {
		testPauseCreating = func() {
			fmt.Println("creating")
			io.Copy(io.Discard, os.Stdin)
		}
	}
	a, err := Open(path, Options{NoAutoBackup: true, ReadOnly: name == "rss"})
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	defer a.Close()
	switch name {
	case "hold":
		fmt.Println("open")
		io.Copy(io.Discard, os.Stdin)
		return 0
	case "saves":
		return saveForever(a)
	case "create":
		return 0
	case "rss":
		return reportMemory(a)
	}
	return 2
}

// startChild starts the test binary in a child role and returns it with a
// reader of its output lines.
func startChild(t testing.TB, role string) (*exec.Cmd, *bufio.Scanner, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+role)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out), in
}
