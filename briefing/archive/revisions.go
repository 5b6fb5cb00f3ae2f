package archive

import (
	"fmt"
	"strconv"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// RevisionInfo describes one saved revision of a brief.
type RevisionInfo struct {
	N     int    // revision number, from 1
	Saved string // when it was saved (RFC 3339)
	Title string // the brief's title then
}

// lastRevision returns the number of the newest revision of id, 0 if none.
func lastRevision(tx *bolt.Tx, id string) int {
	c := tx.Bucket(bucketRevisions).Cursor()
	prefix := []byte(id + "/")
	k, _ := c.Seek(append(prefix, '~'))
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	if k == nil || !hasPrefix(k, prefix) {
		return 0
	}
	n, _ := strconv.Atoi(string(k[len(prefix):]))
	return n
}

// History lists the revisions of brief id, oldest first.
func (a *Archive) History(id string) ([]RevisionInfo, error) {
	var out []RevisionInfo
	err := a.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketBriefs).Get([]byte(id)) == nil {
			return notFound(id)
		}
		prefix := []byte(id + "/")
		c := tx.Bucket(bucketRevisions).Cursor()
		for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
			n, err := strconv.Atoi(string(k[len(prefix):]))
			if err != nil {
				continue
			}
			b, err := decodeBrief(v)
			if err != nil {
				return fmt.Errorf("brief %s revision %d: %w", id, n, err)
			}
			out = append(out, RevisionInfo{N: n, Saved: b.Updated, Title: b.Title})
		}
		return nil
	})
	return out, err
}

// Revision returns revision n of brief id as it was saved.
func (a *Archive) Revision(id string, n int) (*briefing.Brief, error) {
	var b *briefing.Brief
	err := a.view(func(tx *bolt.Tx) (err error) {
		b, err = revisionTx(tx, id, n)
		return err
	})
	return b, err
}

func revisionTx(tx *bolt.Tx, id string, n int) (*briefing.Brief, error) {
	v := tx.Bucket(bucketRevisions).Get(revisionKey(id, n))
	if v == nil {
		return nil, newError(ErrNotFound, fmt.Sprintf("brief %q has no revision %d", id, n))
	}
	b, err := decodeBrief(v)
	if err != nil {
		return nil, fmt.Errorf("brief %s revision %d: %w", id, n, err)
	}
	return b, nil
}

// RestoreRevision makes revision n of brief id the current version by
// saving it as a new revision; later revisions are kept.
func (a *Archive) RestoreRevision(id string, n int) error {
	return a.update(func(tx *bolt.Tx) error {
		b, err := revisionTx(tx, id, n)
		if err != nil {
			return err
		}
		b.ID = id
		return saveTx(tx, b, time.Now(), false)
	})
}
