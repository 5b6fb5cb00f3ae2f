package archive

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// titles returns the titles of the live briefs of the archive at path.
func titles(t *testing.T, path string) []string {
	t.Helper()
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	list, err := a.List(ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range list {
		out = append(out, s.Title)
	}
	return out
}

// twoArchives makes an archive and a backup holding different briefs.
func twoArchives(t *testing.T) (path, backup string) {
	t.Helper()
	path, _ = goodArchive(t, 3)
	backup, _ = goodArchive(t, 5)
	return path, backup
}

// afterKilledRestore leaves the checked copy of backup beside path, as a
// restore killed before its last rename does, opens path and returns the
// titles it then holds, joined by "|".
func afterKilledRestore(t *testing.T, path, backup string) string {
	t.Helper()
	data, err := os.ReadFile(backup)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(restoringName(path), data, 0o600); err != nil {
		t.Fatal(err)
	}
	return strings.Join(titles(t, path), "|")
}

// TestOpenFinishesARestoreKilledBetweenRenames recreates what a kill left
// between moving the archive aside and moving the backup's copy in: no
// archive, the complete copy beside it. Open must finish the restore
// instead of starting an empty archive.
func TestOpenFinishesARestoreKilledBetweenRenames(t *testing.T) {
	path, backup := twoArchives(t)
	want := titles(t, backup)
	if err := os.Rename(path, path+keptInfix+"20261130-010203"); err != nil {
		t.Fatal(err)
	}
	if got := afterKilledRestore(t, path, backup); got != strings.Join(want, "|") {
		t.Errorf("after the interrupted restore the archive holds %q, want the backup's %q", got, want)
	}
	if _, err := os.Stat(restoringName(path)); !os.IsNotExist(err) {
		t.Error("the restore's copy was left behind")
	}
}

// TestOpenRollsBackARestoreKilledBeforeTheSwap recreates a kill after the
// copy was written and the archive given its kept-aside name, before the
// copy replaced it: the archive stays as it was, the leftovers go.
func TestOpenRollsBackARestoreKilledBeforeTheSwap(t *testing.T) {
	path, backup := twoArchives(t)
	want := titles(t, path)
	kept := path + keptInfix + "20261130-010203"
	if err := keepAside(path, kept); err != nil {
		t.Fatal(err)
	}
	if got := afterKilledRestore(t, path, backup); got != strings.Join(want, "|") {
		t.Errorf("after the rolled-back restore the archive holds %q, want %q", got, want)
	}
	for _, left := range []string{restoringName(path), kept} {
		if _, err := os.Stat(left); !os.IsNotExist(err) {
			t.Errorf("%s was left behind", filepath.Base(left))
		}
	}
}

// TestRestoreNeverLeavesNoArchive checks each step of a restore: the
// archive file exists throughout, and the old one is kept aside intact.
func TestRestoreNeverLeavesNoArchive(t *testing.T) {
	path, backup := twoArchives(t)
	before := fileHash(t, path)
	kept, err := Restore(path, backup)
	if err != nil {
		t.Fatal(err)
	}
	if fileHash(t, kept) != before || fileHash(t, path) != fileHash(t, backup) {
		t.Error("after Restore the archive is not the backup, or the old one was not kept intact")
	}
	if same, _ := sameFile(kept, path); same {
		t.Error("the kept-aside archive is the restored one")
	}
}

func TestRestoreRefusesABackupWithAGarbledSchema(t *testing.T) {
	path, backup := twoArchives(t)
	for _, marker := range []string{"x7", "99"} {
		db, err := bolt.Open(backup, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, []byte(marker)) })
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		before := fileHash(t, path)
		if _, err := Restore(path, backup); err == nil || !strings.Contains(err.Error(), "nothing was changed") {
			t.Errorf("Restore of a backup with schema %q: %v", marker, err)
		}
		if fileHash(t, path) != before {
			t.Errorf("a refused restore (schema %q) changed the archive", marker)
		}
	}
}
