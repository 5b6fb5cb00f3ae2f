package archive

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrOldFileKept is joined to Move's error when the archive moved but its
// old file could not be removed.
var ErrOldFileKept = errors.New("the archive moved, but its old file could not be removed")

// Move copies the archive a to the file target, opens the copy with opt,
// closes a and removes its old file. It returns the archive now open: the
// copy, or a itself when target is where a already is. On failure a stays
// open and nothing is left at target. When only the old file could not be
// removed, it returns the moved archive and an error wrapping
// ErrOldFileKept.
func Move(a *Archive, target string, opt Options) (*Archive, error) {
	old := a.Path()
	if filepath.Clean(target) == filepath.Clean(old) {
		return a, nil
	}
	if _, err := os.Stat(target); err == nil {
		return nil, errors.New("there is already an archive in that folder; choose another folder")
	}
	if err := a.Backup(target); err != nil {
		return nil, err
	}
	moved, err := Open(target, opt)
	if err != nil {
		os.Remove(target)
		return nil, err
	}
	if err := a.Close(); err != nil {
		return moved, fmt.Errorf("%w: %v", ErrOldFileKept, err)
	}
	if err := os.Remove(old); err != nil {
		return moved, fmt.Errorf("%w: %v", ErrOldFileKept, err)
	}
	return moved, nil
}

// NetworkWarning returns a warning in plain words when path looks like a
// network share, where a memory-mapped archive is not safe; "" otherwise.
func NetworkWarning(path string) string {
	if strings.HasPrefix(path, `\\`) || strings.HasPrefix(path, "//") {
		return "The archive seems to be on a network share. Keep it on a local disk: a shared or synced folder can damage it."
	}
	return ""
}
