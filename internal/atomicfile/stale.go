package atomicfile

import (
	"os"
	"path/filepath"
	"time"
)

// StaleAge is how old a temporary file must be before it is taken as left
// behind by a killed process: a writer still at work updates its file far
// more often than that.
const StaleAge = time.Minute

// RemoveStale removes the regular files in dir whose names match and that
// have not changed for StaleAge: temporary files a killed writer left
// behind. It returns the names it removed; errors are ignored, as the files
// are only clutter.
func RemoveStale(dir string, match func(name string) bool) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !match(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || time.Since(info.ModTime()) < StaleAge {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			removed = append(removed, e.Name())
		}
	}
	return removed
}
