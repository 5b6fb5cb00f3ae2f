package archive

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestOpenRemovesTempFilesLeftByAKill leaves the temporary files a kill
// would (of a new archive, a backup, a restore) beside an archive: opening
// it for writing removes the old ones and keeps a fresh one, which a
// running backup may still be writing, and every other file.
func TestOpenRemovesTempFilesLeftByAKill(t *testing.T) {
	path, _ := goodArchive(t, 1)
	dir := filepath.Dir(path)
	old := time.Now().Add(-2 * time.Hour)
	write := func(name string, mtime time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		return p
	}
	stale := []string{
		write("archive.db.tmp-123", old),
		write("archive.db.backup-2026-11-30.tmp-456", old),
		write("archive.db.restoring.tmp-789", old),
	}
	kept := []string{
		write("archive.db.backup-2026-11-30.tmp-999", time.Now()),
		write("notes.tmp-1", old),
		write("archive.db.backup-2026-11-29", old),
	}
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	a.Close()
	for _, p := range stale {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s was left behind", filepath.Base(p))
		}
	}
	for _, p := range kept {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(p), err)
		}
	}
}
