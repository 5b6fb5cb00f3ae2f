package archive

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Restore replaces the archive at archivePath with a copy of backupPath.
// The archive must be closed. The backup is checked first (header, every
// page, bbolt's consistency check), so a bad backup replaces nothing; the
// current archive file, if any, is renamed aside, never deleted, and its
// new name returned ("" when there was none).
func Restore(archivePath, backupPath string) (keptAside string, err error) {
	if same, _ := sameFile(archivePath, backupPath); same {
		return "", fmt.Errorf("the backup %s is the archive itself", backupPath)
	}
	if err := Check(backupPath); err != nil {
		return "", fmt.Errorf("the backup %s cannot be restored, nothing was changed: %w", backupPath, err)
	}
	exists := false
	if _, err := os.Stat(archivePath); err == nil {
		exists = true
		if err := probeLock(archivePath); err != nil {
			return "", err
		}
	}
	if err := os.MkdirAll(filepath.Dir(archivePath), 0o700); err != nil {
		return "", fmt.Errorf("cannot create the folder for %s: %w", archivePath, unwrapPath(err))
	}
	tmp := archivePath + ".restoring"
	if err := writeFileAtomic(tmp, func(w io.Writer) (int64, error) { return copyFrom(w, backupPath) }); err != nil {
		return "", err
	}
	if exists {
		keptAside = uniqueName(archivePath + ".before-restore-" + time.Now().Format("20060102-150405"))
		if err := os.Rename(archivePath, keptAside); err != nil {
			os.Remove(tmp)
			return "", fmt.Errorf("cannot move the current archive aside: %w", unwrapPath(err))
		}
	}
	if err := os.Rename(tmp, archivePath); err != nil {
		if exists {
			_ = os.Rename(keptAside, archivePath)
		}
		return "", fmt.Errorf("cannot put the backup in place: %w", unwrapPath(err))
	}
	syncDir(filepath.Dir(archivePath))
	return keptAside, nil
}

// probeLock fails with ErrLocked when another process has the archive
// open. A file too damaged to open cannot be in use by BriefDesk.
func probeLock(path string) error {
	if checkHeader(path) != nil {
		return nil
	}
	return protect(path, func() error {
		db, err := openBolt(path, true, time.Second)
		if err != nil {
			if errors.Is(err, ErrLocked) {
				return err
			}
			return nil
		}
		return db.Close()
	})
}

func copyFrom(w io.Writer, path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return io.Copy(w, f)
}

// uniqueName returns name, or name with "-2", "-3"… when name exists.
func uniqueName(name string) string {
	out := name
	for i := 2; ; i++ {
		if _, err := os.Lstat(out); os.IsNotExist(err) {
			return out
		}
		out = fmt.Sprintf("%s-%d", name, i)
	}
}

// Quarantine moves a damaged archive file aside, to
// <path>.corrupt-YYYYMMDD-HHMMSS, so that a new archive or a restored
// backup can take its place. Nothing is deleted.
func Quarantine(path string) (movedTo string, err error) {
	movedTo = uniqueName(path + ".corrupt-" + time.Now().Format("20060102-150405"))
	if err := os.Rename(path, movedTo); err != nil {
		return "", fmt.Errorf("cannot move the damaged archive aside: %w", unwrapPath(err))
	}
	syncDir(filepath.Dir(path))
	return movedTo, nil
}
