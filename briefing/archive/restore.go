package archive

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Restore replaces the archive at archivePath with a copy of backupPath.
// The archive must be closed. The backup is checked first (header, every
// page, bbolt's consistency check), so a bad backup replaces nothing. The
// copy is written and synced beside the archive, the current archive file
// (if any) is kept aside under a new name, never deleted, and the copy
// then replaces the archive in one rename: at no moment is there no
// archive, and Open finishes or rolls back a restore cut short by a kill.
// It returns the name the previous archive is kept as ("" when none).
func Restore(archivePath, backupPath string) (keptAside string, err error) {
	if same, _ := sameFile(archivePath, backupPath); same {
		return "", fmt.Errorf("the backup %s is the archive itself", backupPath)
	}
	if err := Check(backupPath); err != nil {
		return "", fmt.Errorf("the backup %s cannot be restored, nothing was changed: %w", backupPath, err)
	}
	if err := recoverRestore(archivePath); err != nil {
		return "", err
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
	tmp := restoringName(archivePath)
	if err := writeFileAtomic(tmp, func(w io.Writer) (int64, error) { return copyFrom(w, backupPath) }); err != nil {
		return "", err
	}
	if exists {
		keptAside = uniqueName(archivePath + keptInfix + time.Now().Format("20060102-150405"))
		if err := keepAside(archivePath, keptAside); err != nil {
			os.Remove(tmp)
			return "", fmt.Errorf("cannot keep the current archive aside, nothing was changed: %w", unwrapPath(err))
		}
	}
	if err := os.Rename(tmp, archivePath); err != nil {
		os.Remove(tmp)
		if exists {
			os.Remove(keptAside)
		}
		return "", fmt.Errorf("cannot put the backup in place, nothing was changed: %w", unwrapPath(err))
	}
	syncDir(filepath.Dir(archivePath))
	return keptAside, nil
}

// keptInfix joins the archive's name and the time in the name a restore
// keeps the replaced archive under: archive.db.before-restore-20261130-0530.
const keptInfix = ".before-restore-"

// restoringName is where Restore puts the checked copy of the backup
// before it replaces the archive; the file is only ever there complete.
func restoringName(archivePath string) string { return archivePath + ".restoring" }

// keepAside gives the archive file a second name, as a hard link where the
// file system has them, else as a synced copy; the archive stays in place.
func keepAside(archivePath, kept string) error {
	if err := os.Link(archivePath, kept); err == nil {
		syncDir(filepath.Dir(kept))
		return nil
	}
	return writeFileAtomic(kept, func(w io.Writer) (int64, error) { return copyFrom(w, archivePath) })
}

// recoverRestore finishes or rolls back a restore cut short by a kill. A
// complete copy of the backup with no archive beside it is moved into
// place (the restore had got that far); a copy beside an archive is
// removed with any second name the archive was given (the restore had not
// replaced anything yet).
func recoverRestore(archivePath string) error {
	tmp := restoringName(archivePath)
	if _, err := os.Lstat(tmp); err != nil {
		return nil
	}
	if _, err := os.Lstat(archivePath); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(tmp, archivePath); err != nil {
			return fmt.Errorf("cannot finish the interrupted restore of %s: %w", archivePath, unwrapPath(err))
		}
		syncDir(filepath.Dir(archivePath))
		return nil
	}
	dir, base := filepath.Split(archivePath)
	entries, _ := os.ReadDir(filepath.Clean(dir + "."))
	for _, e := range entries {
		k := filepath.Join(dir, e.Name())
		if strings.HasPrefix(e.Name(), base+keptInfix) {
			if same, _ := sameFile(k, archivePath); same {
				os.Remove(k)
			}
		}
	}
	if err := os.Remove(tmp); err != nil {
		return fmt.Errorf("cannot clear the interrupted restore of %s: %w", archivePath, unwrapPath(err))
	}
	return nil
}

// probeLock fails with ErrLocked when another process has the archive
// open. A file too damaged to open cannot be in use by BriefDesk.
func probeLock(path string) error {
	if checkHeader(path) != nil {
		return nil
	}
	return protect(path, func() error {
		db, err := openBolt(path, true, DefaultTimeout)
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
