package archive

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/briefdesk/briefdesk/briefing"
)

// bucketRecovery holds the unsaved state of the brief being edited:
// recoveryBrief → the brief, recoveryTime → when it was kept (RFC 3339).
var bucketRecovery = []byte("recovery")

var (
	recoveryBrief = []byte("brief")
	recoveryTime  = []byte("kept")
)

// Recovery is unsaved work kept by KeepRecovery.
type Recovery struct {
	Brief *briefing.Brief // as it was being edited, not necessarily valid
	Kept  time.Time       // when it was kept
}

// KeepRecovery keeps b, the unsaved state of the brief being edited, in
// the archive, replacing what was kept before. It is not a revision: the
// brief's history, the list and search do not see it. After a crash,
// Recovery returns it.
func (a *Archive) KeepRecovery(b *briefing.Brief) error {
	data, err := encodeBrief(b)
	if err != nil {
		return err
	}
	now := []byte(time.Now().UTC().Format(time.RFC3339))
	return a.update(func(tx *bolt.Tx) error {
		bk, err := tx.CreateBucketIfNotExists(bucketRecovery)
		if err != nil {
			return err
		}
		if err := bk.Put(recoveryBrief, data); err != nil {
			return err
		}
		return bk.Put(recoveryTime, now)
	})
}

// Recovery returns the unsaved work last kept, or nil when there is none.
func (a *Archive) Recovery() (*Recovery, error) {
	var r *Recovery
	err := a.view(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketRecovery)
		if bk == nil {
			return nil
		}
		data := bk.Get(recoveryBrief)
		if data == nil {
			return nil
		}
		b, err := decodeBrief(data)
		if err != nil {
			return err
		}
		kept, _ := time.Parse(time.RFC3339, string(bk.Get(recoveryTime)))
		r = &Recovery{Brief: b, Kept: kept}
		return nil
	})
	return r, err
}

// ClearRecovery forgets the unsaved work kept, once it is saved, restored
// or discarded.
func (a *Archive) ClearRecovery() error {
	return a.update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketRecovery) == nil {
			return nil
		}
		return tx.DeleteBucket(bucketRecovery)
	})
}
