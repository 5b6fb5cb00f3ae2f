package archive

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSecondProcessGetsErrLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	cmd, out, in := startChild(t, "hold "+path)
	defer cmd.Wait()
	defer in.Close()
	if !out.Scan() || out.Text() != "open" {
		t.Fatalf("child did not open the archive: %q", out.Text())
	}
	_, err := Open(path, Options{})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open while another process holds it = %v, want ErrLocked", err)
	}
	want := "the archive " + path + " is open in another BriefDesk window"
	if err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	if err := Check(path); !errors.Is(err, ErrLocked) {
		t.Errorf("Check while open elsewhere = %v, want ErrLocked", err)
	}
	in.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	a, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open after the other process closed: %v", err)
	}
	a.Close()
}

func TestSameProcessSecondOpenIsLocked(t *testing.T) {
	a := openTemp(t)
	_, err := Open(a.Path(), Options{Timeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), a.Path()) {
		t.Errorf("second Open = %v", err)
	}
}

// BenchmarkLockedOpen measures how long a second process waits before it
// is told the archive is open elsewhere (README: within a second).
func BenchmarkLockedOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "archive.db")
	cmd, out, in := startChild(b, "hold "+path)
	defer cmd.Wait()
	defer in.Close()
	if !out.Scan() || out.Text() != "open" {
		b.Fatalf("child did not open the archive: %q", out.Text())
	}
	for range b.N {
		if _, err := Open(path, Options{}); !errors.Is(err, ErrLocked) {
			b.Fatal(err)
		}
	}
}
