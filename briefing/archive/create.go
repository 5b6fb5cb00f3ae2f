package archive

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/internal/atomicfile"
	bolt "go.etcd.io/bbolt"
)

// tmpInfix joins a file's name and a random suffix in the names of the
// temporary files the archive writes beside it (archive.db.tmp-123456).
const tmpInfix = ".tmp-"

// removeStaleTemps removes the temporary files beside the archive (of a
// new archive, a backup, a restore) that a killed process left behind.
func removeStaleTemps(path string) {
	base := filepath.Base(path)
	atomicfile.RemoveStale(filepath.Dir(path), func(name string) bool {
		return strings.HasPrefix(name, base) && strings.Contains(name, tmpInfix)
	})
}

// testPauseCreating, when set by a test, runs while a new archive is half
// made: the bbolt file initialised, the archive's buckets not yet written.
var testPauseCreating func()

// isNew reports whether path holds no archive yet: no file, or an empty
// one (as a kill before bbolt wrote anything leaves).
func isNew(path string) bool {
	info, err := os.Stat(path)
	return errors.Is(err, os.ErrNotExist) || err == nil && info.Mode().IsRegular() && info.Size() == 0
}

// createNew makes a new, empty archive at path so that no one ever sees it
// half made: it initialises a temporary file beside path, syncs it, and
// moves it into place. If another process created the archive meanwhile,
// that one is kept.
func createNew(path string) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, filepath.Base(path)+tmpInfix+"*")
	if err != nil {
		return fmt.Errorf("cannot create the archive %s: %w", path, unwrapPath(err))
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("cannot create the archive %s: %w", path, unwrapPath(err))
	}
	if testPauseCreating != nil {
		testPauseCreating()
	}
	err = db.Update(createBuckets)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot create the archive %s: %w", path, unwrapPath(err))
	}
	if err := place(tmp, path); err != nil {
		return fmt.Errorf("cannot create the archive %s: %w", path, unwrapPath(err))
	}
	syncDir(dir)
	return nil
}

// place puts the finished file tmp at path unless a non-empty file got
// there first: a hard link where the file system has them (it never
// replaces a file), else a rename.
func place(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, os.ErrExist):
		if !isNew(path) {
			return nil // another process made the archive meanwhile
		}
	}
	return os.Rename(tmp, path)
}
