// Package atomicfile writes a file so that readers see either the old
// content or the whole new content, never a half-written file.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Write stores data at path: it writes a temporary file in the same
// folder, flushes it to disk, and renames it over path. An existing file
// keeps its permissions; a new one gets perm less the process's umask.
// Only a regular file is ever replaced: a folder, link, named pipe or
// device at path is refused (see CheckTarget). On any failure the
// temporary file is removed and path is left as it was; temporary files
// of earlier writes to path that a kill left behind are removed.
func Write(path string, data []byte, perm fs.FileMode) (err error) {
	if path == "" {
		return errors.New("no file name given")
	}
	if err := CheckTarget(path); err != nil {
		return err
	}
	prefix := TempPrefix(path)
	RemoveStale(filepath.Dir(path), func(name string) bool { return strings.HasPrefix(name, prefix) })
	keep := fs.FileMode(0)
	if st, err := os.Stat(path); err == nil {
		keep = st.Mode().Perm()
	}
	tmp, err := createTemp(path, perm)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plain(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plain(err))
	}
	if keep != 0 {
		if err = tmp.Chmod(keep); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, plain(err))
		}
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plain(err))
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plain(err))
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plain(err))
	}
	return nil
}

// TempPrefix starts the names of the temporary files Write makes beside
// their target: ".NAME.tmp-".
func TempPrefix(path string) string { return "." + filepath.Base(path) + ".tmp-" }

// createTemp creates a new file beside path with mode perm, which the
// system reduces by the umask (os.CreateTemp would always give 0600).
func createTemp(path string, perm fs.FileMode) (*os.File, error) {
	prefix := filepath.Join(filepath.Dir(path), TempPrefix(path))
	for try := 0; ; try++ {
		f, err := os.OpenFile(prefix+strconv.FormatUint(rand.Uint64(), 36), os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if err == nil || !errors.Is(err, fs.ErrExist) || try == 100 {
			return f, err
		}
	}
}

// CheckTarget returns an error, in plain words, when something other than
// a regular file is at path: a folder, a symbolic link, a named pipe, a
// device or a socket, none of which a write may replace. A missing path
// is fine.
func CheckTarget(path string) error {
	st, err := os.Lstat(path)
	switch {
	case err != nil || st.Mode().IsRegular():
		return nil
	case st.IsDir():
		return fmt.Errorf("cannot write %s: it is a folder", path)
	case st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("cannot write %s: it is a symbolic link; write to the file it points to, or choose another name", path)
	}
	return fmt.Errorf("cannot write %s: it is not a regular file (a pipe, device or socket); choose a file name", path)
}

// plain drops the repeated path from *os.PathError and *os.LinkError.
func plain(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
