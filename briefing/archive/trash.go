package archive

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// Delete moves brief id to the trash: it leaves the list, the search and
// the tags, and keeps its revisions until the trash is emptied.
func (a *Archive) Delete(id string) error {
	return a.update(func(tx *bolt.Tx) error {
		b, err := getTx(tx, id)
		if err != nil {
			return err
		}
		sum := tx.Bucket(bucketSummaries).Get([]byte(id))
		if sum == nil {
			return nil // already in the trash
		}
		if err := tx.Bucket(bucketTrash).Put([]byte(id), bytes.Clone(sum)); err != nil {
			return err
		}
		return setLive(tx, id, b, nil)
	})
}

// Undelete takes brief id out of the trash.
func (a *Archive) Undelete(id string) error {
	return a.update(func(tx *bolt.Tx) error {
		b, err := getTx(tx, id)
		if err != nil {
			return err
		}
		if tx.Bucket(bucketTrash).Get([]byte(id)) == nil {
			return nil // not in the trash
		}
		return setLive(tx, id, nil, b)
	})
}

// EmptyTrash deletes every brief in the trash for good, with its
// revisions, and returns how many it deleted.
func (a *Archive) EmptyTrash() (int, error) {
	n := 0
	err := a.update(func(tx *bolt.Tx) error {
		n = 0
		var ids [][]byte
		trash := tx.Bucket(bucketTrash)
		if err := trash.ForEach(func(k, _ []byte) error { ids = append(ids, bytes.Clone(k)); return nil }); err != nil {
			return err
		}
		revs := tx.Bucket(bucketRevisions)
		for _, id := range ids {
			prefix := append(bytes.Clone(id), '/')
			var keys [][]byte
			c := revs.Cursor()
			for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
				keys = append(keys, bytes.Clone(k))
			}
			for _, k := range keys {
				if err := revs.Delete(k); err != nil {
					return err
				}
			}
			if err := tx.Bucket(bucketBriefs).Delete(id); err != nil {
				return err
			}
			if err := tx.Bucket(bucketBlocks).Delete(id); err != nil {
				return err
			}
			if err := trash.Delete(id); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}
