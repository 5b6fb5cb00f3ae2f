// Package archive keeps briefs in one bbolt file: the current version of
// each brief, every saved revision, a full-text search index, tags and a
// trash, all written in one transaction per change so that they can never
// disagree. It makes daily backups beside the file, restores them, and
// refuses damaged files with ErrCorrupt instead of crashing on them.
package archive

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// DefaultTimeout is how long Open, Check and Restore wait for another
// process to let go of the archive before saying it is in use: well
// within the second in which a second window must be told.
const DefaultTimeout = 500 * time.Millisecond

// Options tune Open.
type Options struct {
	// Timeout is how long Open waits for another process to close the
	// archive before failing with ErrLocked; zero means DefaultTimeout.
	Timeout time.Duration
	// ReadOnly opens the archive for reading only; several read-only
	// openers may share it.
	ReadOnly bool
	// NoAutoBackup skips the daily automatic backup Open makes.
	NoAutoBackup bool

	// noSync skips fsync on commit; only tests and benchmark set-up use it.
	noSync bool
}

// Archive is an open archive file. Its methods are safe for concurrent use.
type Archive struct {
	db       *bolt.DB
	path     string
	readOnly bool

	autoBackup    string
	autoBackupErr error

	checkMu  sync.Mutex // guards checked and checkErr
	checked  bool       // the full check has run (or the archive is new)
	checkErr error      // what the full check found
}

// Open opens the archive at path, creating it (and its folder) when
// missing, with mode 0600; a new archive appears whole or not at all. It
// checks the file's header before mapping it and the whole file before the
// first write (so a damaged archive is never written to), migrates
// an older schema in one transaction, and makes the day's automatic backup
// unless opt.NoAutoBackup or opt.ReadOnly is set. A restore cut short by a
// kill is finished or rolled back first. Errors: ErrLocked, ErrCorrupt,
// ErrNewerSchema, ErrNoArchive (read-only, no file), or a plain-words error
// about the folder.
func Open(path string, opt Options) (*Archive, error) {
	if path == "" {
		return nil, errors.New("no archive file given")
	}
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if err := recoverRestore(path); err != nil {
		return nil, err
	}
	if err := precheck(path, opt.ReadOnly); err != nil {
		return nil, err
	}
	a := &Archive{path: path, readOnly: opt.ReadOnly}
	if !opt.ReadOnly && isNew(path) {
		if err := createNew(path); err != nil {
			return nil, err
		}
		a.checked = true // nothing in it to check
	}
	err := protect(path, func() (err error) {
		a.db, err = openBolt(path, opt.ReadOnly, timeout)
		return err
	})
	if err != nil {
		return nil, err
	}
	a.db.NoSync = opt.noSync
	if !opt.ReadOnly {
		removeStaleTemps(path)
	}
	if err := protect(path, a.prepare); err != nil {
		a.db.Close()
		return nil, err
	}
	if !opt.ReadOnly && !opt.NoAutoBackup {
		a.autoBackup, a.autoBackupErr = a.AutoBackup()
	}
	return a, nil
}

// precheck makes the archive's folder (for writing) and checks an existing
// file's header before bbolt maps it.
func precheck(path string, readOnly bool) error {
	if !readOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return fmt.Errorf("cannot create the folder for the archive %s: %w", path, unwrapPath(err))
		}
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("the archive %s is a folder, not a file", path)
	case err == nil && info.Size() > 0:
		return checkHeader(path)
	case err == nil && readOnly:
		return fmt.Errorf("the archive %s is empty", path)
	case errors.Is(err, os.ErrNotExist) && readOnly:
		return newError(ErrNoArchive, fmt.Sprintf("there is no archive at %s yet: save a brief first", path))
	case err != nil && readOnly:
		return fmt.Errorf("cannot open the archive %s: %w", path, unwrapPath(err))
	}
	return nil
}

// prepare creates the buckets of a new archive, migrates an old one, and
// refuses a newer one or a file that is not an archive.
func (a *Archive) prepare() error {
	var v int
	if err := a.db.View(func(tx *bolt.Tx) (err error) { v, err = schemaOf(tx); return err }); err != nil {
		return err
	}
	switch {
	case v == SchemaVersion:
		return nil
	case v < 0:
		return newError(ErrCorrupt, fmt.Sprintf("%s is not a BriefDesk archive", a.path))
	case v > SchemaVersion:
		return newError(ErrNewerSchema, fmt.Sprintf("the archive %s was written by a newer BriefDesk (archive schema %d, this BriefDesk reads up to %d): update BriefDesk to open it", a.path, v, SchemaVersion))
	case a.readOnly:
		return fmt.Errorf("the archive %s needs upgrading to schema %d: open it once for writing", a.path, SchemaVersion)
	}
	if v > 0 {
		if err := a.verify(); err != nil {
			return err
		}
	} else if err := a.view(func(tx *bolt.Tx) error { return checkPages(a.path, tx) }); err != nil {
		return err // no buckets: an empty bbolt file, unless its pages are damaged
	}
	return a.db.Update(func(tx *bolt.Tx) error {
		if v == 0 {
			return createBuckets(tx)
		}
		return migrate(tx, v)
	})
}

// Close closes the archive, waiting for running transactions.
func (a *Archive) Close() error { return a.db.Close() }

// Path returns the archive's file name as given to Open.
func (a *Archive) Path() string { return a.path }

// AutoBackupResult returns what Open's automatic backup did: the backup
// made ("" when none was due) and any error, which Open does not fail on.
func (a *Archive) AutoBackupResult() (string, error) { return a.autoBackup, a.autoBackupErr }

// view runs f in a read transaction behind the corruption boundary.
func (a *Archive) view(f func(tx *bolt.Tx) error) error {
	return protect(a.path, func() error { return a.db.View(f) })
}

// update runs f in a write transaction behind the corruption boundary.
func (a *Archive) update(f func(tx *bolt.Tx) error) error {
	if a.readOnly {
		return newError(ErrReadOnly, fmt.Sprintf("the archive %s is open read-only", a.path))
	}
	if err := a.verify(); err != nil {
		return err
	}
	return protect(a.path, func() error {
		return a.db.Update(func(tx *bolt.Tx) error {
			packBuckets(tx)
			return f(tx)
		})
	})
}

// verify runs the full consistency check of the archive once, before the
// first write after opening, so that nothing is written into a damaged
// file; it returns what the check found, every time.
func (a *Archive) verify() error {
	a.checkMu.Lock()
	defer a.checkMu.Unlock()
	if !a.checked {
		a.checkErr = a.view(func(tx *bolt.Tx) error { return checkTx(a.path, tx, false) })
		a.checked = true
	}
	return a.checkErr
}

// notFound is the ErrNotFound error for id.
func notFound(id string) error {
	return newError(ErrNotFound, fmt.Sprintf("no brief with ID %q in the archive", id))
}
