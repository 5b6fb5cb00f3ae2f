package archive

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/internal/atomicfile"
	bolt "go.etcd.io/bbolt"
)

// KeepBackups is how many automatic backups are kept beside the archive.
const KeepBackups = 7

// backupInfix joins the archive's file name and the date in the names of
// automatic backups: archive.db.backup-2026-11-26.
const backupInfix = ".backup-"

// Backup writes a consistent copy of the archive to path while it stays
// in use: to a temporary file in the same folder, synced to disk, then
// renamed over path, with mode 0600.
func (a *Archive) Backup(path string) error {
	if same, _ := sameFile(path, a.path); same || filepath.Clean(path) == filepath.Clean(a.path) {
		return fmt.Errorf("the backup file %s is the archive itself: choose another name", path)
	}
	return a.view(func(tx *bolt.Tx) error { return writeFileAtomic(path, tx.WriteTo) })
}

// writeFileAtomic writes path through a synced temporary file and a rename,
// so that path is never seen half written. Only a regular file is replaced.
func writeFileAtomic(path string, write func(w io.Writer) (int64, error)) (err error) {
	if err := atomicfile.CheckTarget(path); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, filepath.Base(path)+tmpInfix+"*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(0o600); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if _, err = write(f); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

func sameFile(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}

// AutoBackup makes the day's automatic backup beside the archive
// (archive.db.backup-YYYY-MM-DD), checks it, and keeps the newest
// KeepBackups of them. It returns the backup made, or "" when today's
// already exists or the archive holds no briefs. A damaged archive (see
// Check) is not backed up: the error says so. A backup that fails the
// check is kept under a ".bad" name, the error says where, and no older
// backup is removed.
func (a *Archive) AutoBackup() (string, error) {
	name := a.path + backupInfix + time.Now().Format("2006-01-02")
	if _, err := os.Stat(name); err == nil {
		return "", nil
	}
	if err := a.verify(); err != nil {
		return "", fmt.Errorf("no automatic backup was made: %w", err)
	}
	empty := false
	if err := a.view(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bucketBriefs).Cursor().First()
		empty = k == nil
		return nil
	}); err != nil || empty {
		return "", err
	}
	if err := a.Backup(name); err != nil {
		return "", err
	}
	// A copy of an archive verify passed: its pages and list entries are
	// checked again, not every brief (which takes ten times longer).
	if err := checkFile(name, false); err != nil {
		bad := name + ".bad"
		if rerr := os.Rename(name, bad); rerr != nil {
			return "", fmt.Errorf("the automatic backup %s failed its check and could not be set aside (%v): %w", name, unwrapPath(rerr), err)
		}
		return "", fmt.Errorf("the automatic backup failed its check and was set aside as %s: %w", bad, err)
	}
	backups, err := Backups(a.path)
	if err != nil {
		return name, err
	}
	for _, old := range backups[min(len(backups), KeepBackups):] {
		if err := os.Remove(old); err != nil {
			return name, fmt.Errorf("cannot remove the old backup %s: %w", old, unwrapPath(err))
		}
	}
	return name, nil
}

// Backups returns the automatic backups of the archive at archivePath,
// newest first.
func Backups(archivePath string) ([]string, error) {
	dir, base := filepath.Split(archivePath)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot list the backups in %s: %w", dir, unwrapPath(err))
	}
	var out []string
	prefix := base + backupInfix
	for _, e := range entries {
		day, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		if _, err := time.Parse("2006-01-02", day); err == nil {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(out)))
	return out, nil
}
