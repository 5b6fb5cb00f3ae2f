package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

// damageOnePage zeroes the first page of the archive at db whose loss the
// full check notices but opening does not, and returns the damaged bytes.
func damageOnePage(t *testing.T, db string) []byte {
	t.Helper()
	good, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	ps := os.Getpagesize()
	for p := 2; p < len(good)/ps; p++ {
		d := bytes.Clone(good)
		clear(d[p*ps : (p+1)*ps])
		if err := os.WriteFile(db, d, 0o600); err != nil {
			t.Fatal(err)
		}
		if archive.Check(db) == nil {
			continue
		}
		if a, err := archive.Open(db, archive.Options{NoAutoBackup: true}); err == nil {
			a.Close()
			return d
		}
	}
	t.Fatal("no one-page damage was noticed")
	return nil
}

func TestWritesRefuseADamagedArchive(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	f1 := writeBriefFile(t, dir, "Chile signs copper pact", "Chile and Peru signed a copper pact in Lima.")
	f2 := writeBriefFile(t, dir, "Kenya opens pipeline", "Kenya opened an oil pipeline to Mombasa.")
	for range 30 {
		if code, _, errOut := run(t, "", "save", "--db", db, f1); code != ExitOK {
			t.Fatal(errOut)
		}
	}
	for _, b := range archiveBackups(t, db) {
		os.Remove(b)
	}
	damaged := damageOnePage(t, db)
	for _, args := range [][]string{
		{"save", "--db", db, f2},
		{"import-json", "--db", db, f2},
	} {
		code, _, errOut := run(t, "", args...)
		if code != ExitFailure || !strings.Contains(errOut, "is damaged") || !strings.Contains(errOut, "warning: no automatic backup was made") {
			t.Errorf("%s on a damaged archive: code %d, stderr %q", args[0], code, errOut)
		}
		if now, _ := os.ReadFile(db); !bytes.Equal(now, damaged) {
			t.Fatalf("%s changed the damaged archive", args[0])
		}
	}
	if b := archiveBackups(t, db); len(b) > 0 {
		t.Errorf("the damaged archive was backed up: %v", b)
	}
}

func archiveBackups(t *testing.T, db string) []string {
	t.Helper()
	b, err := archive.Backups(db)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
