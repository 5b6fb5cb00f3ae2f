package archive

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// The on-disk layout of a bbolt meta page (bbolt v1.5.0, little-endian
// machines): a 16-byte page header, then magic, version, page size, flags,
// root bucket (page, sequence), freelist page, high-water page, transaction
// ID and an FNV-64a checksum of the preceding 56 bytes.
const (
	pageHeaderSize = 16
	metaMagic      = 0xED0CDAED
	metaVersion    = 2
	metaLen        = 64
	noFreelist     = ^uint64(0)
	minPageSize    = 1024
	maxPageSize    = 16 << 20
)

// metaPage is what the header check needs from a meta page.
type metaPage struct {
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64 // pages in use: the file must hold at least pgid*pageSize bytes
	txid     uint64
}

// parseMeta decodes a meta page at the start of buf; ok is false when the
// magic, version or checksum is wrong.
func parseMeta(buf []byte) (m metaPage, ok bool) {
	if len(buf) < pageHeaderSize+metaLen {
		return m, false
	}
	b := buf[pageHeaderSize : pageHeaderSize+metaLen]
	le := binary.LittleEndian
	if le.Uint32(b[0:]) != metaMagic || le.Uint32(b[4:]) != metaVersion {
		return m, false
	}
	h := fnv.New64a()
	h.Write(b[:56])
	if h.Sum64() != le.Uint64(b[56:]) {
		return m, false
	}
	m = metaPage{pageSize: le.Uint32(b[8:]), root: le.Uint64(b[16:]),
		freelist: le.Uint64(b[32:]), pgid: le.Uint64(b[40:]), txid: le.Uint64(b[48:])}
	return m, true
}

// sane reports whether the meta page's numbers fit a file of size bytes,
// so that mapping the file cannot fault on a missing page.
func (m metaPage) sane(size int64) error {
	ps := uint64(m.pageSize)
	switch {
	case ps < minPageSize || ps > maxPageSize || ps&(ps-1) != 0:
		return fmt.Errorf("page size %d is invalid", ps)
	case m.pgid < 3 || m.root >= m.pgid || (m.freelist >= m.pgid && m.freelist != noFreelist):
		return errors.New("its page table is inconsistent")
	case m.pgid > uint64(size)/ps:
		return fmt.Errorf("it is truncated: %d bytes, but the archive needs %d", size, m.pgid*ps)
	}
	return nil
}

// checkHeader checks, without mapping the file, that a bbolt file has a
// valid meta page whose page count fits the file size. It returns an
// ErrCorrupt error when it does not.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot read the archive %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("cannot read the archive %s: %w", path, unwrapPath(err))
	}
	m, err := chooseMeta(f, info.Size())
	if err == nil {
		err = m.sane(info.Size())
	}
	if err != nil {
		return corruptError(path, err.Error())
	}
	return nil
}

// chooseMeta returns the meta page bbolt would use: the valid one with the
// higher transaction ID.
func chooseMeta(r io.ReaderAt, size int64) (metaPage, error) {
	if size < 2*minPageSize {
		return metaPage{}, fmt.Errorf("it is only %d bytes long", size)
	}
	buf := make([]byte, pageHeaderSize+metaLen)
	var metas []metaPage
	if _, err := r.ReadAt(buf, 0); err == nil {
		if m, ok := parseMeta(buf); ok {
			metas = append(metas, m)
		}
	}
	// The second meta page sits one page in; try every possible page size
	// when the first does not tell it.
	for ps := int64(minPageSize); ps <= maxPageSize && ps+int64(len(buf)) <= size; ps *= 2 {
		if len(metas) > 0 && ps != int64(metas[0].pageSize) {
			continue
		}
		if _, err := r.ReadAt(buf, ps); err == nil {
			if m, ok := parseMeta(buf); ok {
				metas = append(metas, m)
				break
			}
		}
	}
	switch {
	case len(metas) == 0:
		return metaPage{}, errors.New("it is not an archive file, or both of its header pages are damaged")
	case len(metas) == 2 && metas[1].txid > metas[0].txid:
		return metas[1], nil
	}
	return metas[0], nil
}

// Check validates an archive file without trusting it: the header against
// the file size first, then, in a goroutine where memory faults become
// recoverable panics, every bucket, key and value is read, every stored
// brief and list entry decoded, and bbolt's consistency check run. It
// returns nil for a sound BriefDesk archive, an
// ErrCorrupt error for a damaged one and ErrLocked if another process has
// the file open for writing.
func Check(path string) error { return checkFile(path, true) }

// checkFile is Check; without briefs it leaves out decoding every stored
// brief (see checkRecords).
func checkFile(path string, briefs bool) error {
	if err := checkHeader(path); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- protect(path, func() error { return deepCheck(path, briefs) }) }()
	return <-done
}

// deepCheck opens the file read-only and reads all of it.
func deepCheck(path string, briefs bool) error {
	db, err := openBolt(path, true, DefaultTimeout)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.View(func(tx *bolt.Tx) error { return checkTx(path, tx, briefs) })
}

// checkTx reads every bucket, key and value of the archive at path in tx,
// checks the records (see checkRecords; with briefs, every stored brief
// too) and runs bbolt's consistency check. Call it behind protect.
func checkTx(path string, tx *bolt.Tx, briefs bool) error {
	if tx.Bucket(bucketMeta) == nil {
		return corruptError(path, "it is not a BriefDesk archive (no meta bucket)")
	}
	switch v, _ := schemaOf(tx); {
	case v < 1:
		return corruptError(path, fmt.Sprintf("its schema version %q is not a number", clip(string(tx.Bucket(bucketMeta).Get(keySchema)), 20)))
	case v > SchemaVersion:
		return newError(ErrNewerSchema, fmt.Sprintf("%s was written by a newer BriefDesk (archive schema %d, this BriefDesk reads up to %d): update BriefDesk to open it", path, v, SchemaVersion))
	}
	var sum byte
	err := tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
		return touchBucket(b, &sum)
	})
	if err != nil {
		return corruptError(path, "part of it cannot be read")
	}
	if bad := checkRecords(tx, briefs); bad != "" {
		return corruptError(path, bad)
	}
	return checkPages(path, tx)
}

// checkPages runs bbolt's consistency check of every page in tx.
func checkPages(path string, tx *bolt.Tx) error {
	// Drain the whole channel: the check goroutine reads this transaction.
	var first error
	for range tx.Check() {
		if first == nil {
			first = corruptError(path, "its table of pages is inconsistent")
		}
	}
	return first
}

// touchBucket reads every key and value of b and its sub-buckets, so that
// a damaged page faults here, in a goroutine that can recover.
func touchBucket(b *bolt.Bucket, sum *byte) error {
	return b.ForEach(func(k, v []byte) error {
		if v == nil {
			if sub := b.Bucket(k); sub != nil {
				return touchBucket(sub, sum)
			}
			return nil
		}
		for i := 0; i < len(v); i += 256 {
			*sum += v[i]
		}
		return nil
	})
}

// protect runs f with memory faults turned into panics, and turns the
// panics that damage causes — a memory fault, or a panic raised inside
// bbolt while it reads a damaged page — into an ErrCorrupt error: the
// boundary between bbolt and callers. Any other panic is a bug and goes on.
func protect(path string, f func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if !fromDamage(r) {
				panic(r)
			}
			err = corruptError(path, "part of it cannot be read")
		}
	}()
	return f()
}

// fromDamage reports whether the panic r, being recovered in a deferred
// call, is a memory fault or was first raised in bbolt's code: the frame
// below the runtime's own under the deepest panic (a panic passed on by a
// deferred call is raised again higher up) is in bbolt.
func fromDamage(r any) bool {
	if _, fault := r.(interface{ Addr() uintptr }); fault {
		return true
	}
	pcs := make([]uintptr, 128)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	origin, panicking := "", false
	for more := true; more; {
		var fr runtime.Frame
		fr, more = frames.Next()
		switch {
		case fr.Function == "runtime.gopanic":
			panicking = true
		case panicking && !strings.HasPrefix(fr.Function, "runtime."):
			origin, panicking = fr.Function, false
		}
	}
	return strings.HasPrefix(origin, "go.etcd.io/bbolt")
}

// openBolt opens a bbolt file with the archive's options and turns bbolt's
// errors into the archive's.
// A panic inside bbolt's Open (a damaged page read while opening) is passed
// on to protect, after closing the file so that its lock is released.
func openBolt(path string, readOnly bool, timeout time.Duration) (*bolt.DB, error) {
	var file *os.File
	defer func() {
		if r := recover(); r != nil {
			if file != nil {
				unlockFile(file) // the mapping bbolt left keeps the file open
				file.Close()
			}
			panic(r)
		}
	}()
	open := func(name string, flag int, perm os.FileMode) (*os.File, error) {
		f, err := os.OpenFile(name, flag, perm)
		file = f
		return f, err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: timeout, ReadOnly: readOnly, OpenFile: open})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, newError(ErrLocked, fmt.Sprintf("the archive %s is open in another BriefDesk window", path))
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch):
		return nil, corruptError(path, "its header is damaged or it is not an archive file")
	}
	return nil, fmt.Errorf("cannot open the archive %s: %w", path, unwrapPath(err))
}

// corruptError is the ErrCorrupt error for path, with what was found.
func corruptError(path, detail string) error {
	return newError(ErrCorrupt, fmt.Sprintf("the archive %s is damaged (%s); it has been left untouched: restore a backup or start a new archive", path, detail))
}

// unwrapPath drops the repeated path from *os.PathError messages.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
