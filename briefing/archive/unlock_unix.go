//go:build unix

package archive

import (
	"os"
	"syscall"
)

// unlockFile drops the lock bbolt took on f.
func unlockFile(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
