package archive

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goodArchive writes an archive of n generated briefs and closes it.
func goodArchive(t *testing.T, n int) (path string, ids []string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "archive.db")
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(uint64(n), 99))
	for range n {
		ids = append(ids, mustSave(t, a, genBrief(r)))
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	return path, ids
}

// damage rewrites the file at path.
type damage func(t *testing.T, data []byte, pageSize int) []byte

func truncateTo(frac float64) damage {
	return func(_ *testing.T, data []byte, _ int) []byte { return data[:int(float64(len(data))*frac)] }
}

func overwritePages(from, to float64, random bool) damage {
	return func(_ *testing.T, data []byte, ps int) []byte {
		r := rand.New(rand.NewPCG(7, 7))
		start := max(int(float64(len(data)/ps)*from), 2) * ps
		end := int(float64(len(data)/ps)*to) * ps
		for i := start; i < end; i++ {
			data[i] = 0
			if random {
				data[i] = byte(r.UintN(256))
			}
		}
		return data
	}
}

func TestDamagedFiles(t *testing.T) {
	tests := []struct {
		name    string
		damage  damage
		atOpen  bool // the damage must be caught before the file is mapped
		errText string
	}{
		{"truncated to half", truncateTo(0.5), true, "truncated"},
		{"truncated to a page", truncateTo(0.0001), true, ""},
		{"last used page cut by one byte", func(t *testing.T, d []byte, _ int) []byte { return cutUsed(t, d) }, true, "truncated"},
		{"random bytes", func(_ *testing.T, d []byte, _ int) []byte {
			r := rand.New(rand.NewPCG(1, 1))
			for i := range d {
				d[i] = byte(r.UintN(256))
			}
			return d
		}, true, "not an archive file"},
		{"zeroed meta pages", func(_ *testing.T, d []byte, ps int) []byte { clear(d[:2*ps]); return d }, true, ""},
		{"zeroed data pages", overwritePages(0.1, 0.9, false), false, ""},
		{"scribbled data pages", overwritePages(0.3, 0.7, true), false, ""},
		{"scribbled everything after the metas", overwritePages(0, 1, true), false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path, ids := goodArchive(t, 40)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			data = tc.damage(t, data, os.Getpagesize())
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			before := fileHash(t, path)

			if err := Check(path); !errors.Is(err, ErrCorrupt) {
				t.Errorf("Check = %v, want ErrCorrupt", err)
			}
			a, err := Open(path, Options{NoAutoBackup: true})
			if tc.atOpen {
				if !errors.Is(err, ErrCorrupt) {
					t.Fatalf("Open = %v, want ErrCorrupt", err)
				}
				if !strings.Contains(err.Error(), tc.errText) || !strings.Contains(err.Error(), "restore a backup") {
					t.Errorf("message %q lacks %q or advice", err, tc.errText)
				}
			} else if err == nil {
				// Every read must fail cleanly or succeed; none may crash.
				failures := 0
				_, err1 := a.List(ListOptions{})
				_, err2 := a.Search("minister", 10)
				_, err3 := a.Tags()
				_, err4 := a.ExportJSONL(new(strings.Builder))
				for _, e := range []error{err1, err2, err3, err4} {
					if e != nil {
						failures++
					}
				}
				for _, id := range ids {
					if _, err := a.Get(id); err != nil {
						failures++
					}
				}
				if failures == 0 {
					t.Error("no operation noticed the damage")
				}
				a.Close()
			}
			if fileHash(t, path) != before {
				t.Error("the damaged file was changed")
			}
		})
	}
}

func TestQuarantineAndRestore(t *testing.T) {
	path, ids := goodArchive(t, 5)
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "manual.db")
	if err := a.Backup(backup); err != nil {
		t.Fatal(err)
	}
	if err := a.Backup(path); err == nil {
		t.Error("Backup over the archive itself succeeded")
	}
	// Restore refuses while the archive is open.
	if _, err := Restore(path, backup); !errors.Is(err, ErrLocked) {
		t.Errorf("Restore over an open archive = %v, want ErrLocked", err)
	}
	a.Close()
	if info, _ := os.Stat(backup); info.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v", info.Mode().Perm())
	}

	data, _ := os.ReadFile(path)
	os.WriteFile(path, cutUsed(t, data), 0o600)
	if _, err := Open(path, Options{}); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Open of a truncated file = %v", err)
	}
	// A damaged backup is refused before anything changes.
	badBackup := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(badBackup, cutUsed(t, data), 0o600)
	before := fileHash(t, path)
	if _, err := Restore(path, badBackup); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "nothing was changed") {
		t.Errorf("Restore from a bad backup = %v", err)
	}
	if fileHash(t, path) != before {
		t.Error("a refused restore changed the archive")
	}

	kept, err := Restore(path, backup)
	if err != nil {
		t.Fatal(err)
	}
	if fileHash(t, kept) != before {
		t.Error("the replaced archive was not kept aside intact")
	}
	a, err = Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if _, err := a.Get(id); err != nil {
			t.Errorf("after restore: %v", err)
		}
	}
	a.Close()

	moved, err := Quarantine(path)
	if err != nil || !strings.Contains(moved, ".corrupt-") {
		t.Fatalf("Quarantine = %q, %v", moved, err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("Quarantine left the file in place")
	}
	goodArchiveAt(t, path)
	again, err := Quarantine(path)
	if err != nil || again == moved {
		t.Errorf("second Quarantine in the same second = %q, %v; must not overwrite %q", again, err, moved)
	}
}

// cutUsed cuts an archive file one byte short of the pages its header
// says are in use. (Cutting at a fraction of the size may leave every used
// page: bbolt grows files ahead of need.)
func cutUsed(t *testing.T, d []byte) []byte {
	t.Helper()
	m, err := chooseMeta(bytes.NewReader(d), int64(len(d)))
	if err != nil {
		t.Fatal(err)
	}
	return d[:m.pgid*uint64(m.pageSize)-1]
}

// goodArchiveAt writes a one-brief archive at path.
func goodArchiveAt(t *testing.T, path string) {
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, a, genBrief(rand.New(rand.NewPCG(5, 5))))
	a.Close()
}
