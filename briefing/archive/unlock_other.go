//go:build !unix

package archive

import "os"

// unlockFile does nothing here: closing the file drops bbolt's lock.
func unlockFile(*os.File) {}
