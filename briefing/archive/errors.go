package archive

import (
	"errors"

	"github.com/briefdesk/briefdesk/internal/errkind"
)

// Errors returned by the archive; test for them with errors.Is. The errors
// actually returned carry the archive's path and the details in their
// message.
var (
	// ErrLocked means another process (another BriefDesk window) has the
	// archive open.
	ErrLocked = errors.New("the archive is open in another BriefDesk window")
	// ErrCorrupt means the archive file is damaged. The file is left as it
	// is; restore a backup or start a new archive.
	ErrCorrupt = errors.New("the archive file is damaged")
	// ErrNewerSchema means the archive was written by a newer BriefDesk.
	ErrNewerSchema = errors.New("the archive was written by a newer BriefDesk")
	// ErrNotFound means no brief has the given ID (or revision number).
	ErrNotFound = errors.New("no such brief in the archive")
	// ErrIDTaken means a brief carries the ID of a different brief in the
	// archive (one created at another time).
	ErrIDTaken = errors.New("the ID belongs to another brief in the archive")
	// ErrNoArchive means there is no archive file to open read-only.
	ErrNoArchive = errors.New("there is no archive yet")
	// ErrReadOnly means a change was asked of an archive opened read-only.
	ErrReadOnly = errors.New("the archive is open read-only")
)

// newError returns an error with message msg that matches kind with errors.Is.
func newError(kind error, msg string) error { return errkind.New(kind, msg) }
