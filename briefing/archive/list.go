package archive

import (
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// ListOptions select and page the briefs List returns.
type ListOptions struct {
	Offset int    // briefs to skip
	Limit  int    // most briefs to return; 0 means all
	Tag    string // only briefs with this tag (ignoring case and accents)
	Trash  bool   // list the trash instead of the live briefs
}

// List returns summaries of the selected briefs, newest first.
func (a *Archive) List(opt ListOptions) ([]Summary, error) {
	out := []Summary{}
	err := a.view(func(tx *bolt.Tx) error {
		bucket := tx.Bucket(bucketSummaries)
		if opt.Trash {
			bucket = tx.Bucket(bucketTrash)
		}
		skip := max(opt.Offset, 0)
		filter := opt.Trash && opt.Tag != "" // the trash keeps no tag index
		return eachListed(tx, opt, func(id []byte) (bool, error) {
			if skip > 0 && !filter {
				skip--
				return true, nil
			}
			v := bucket.Get(id)
			if v == nil {
				return true, nil
			}
			s, err := decodeSummary(v)
			if err != nil {
				return false, fmt.Errorf("brief %s: damaged list entry: %w", id, err)
			}
			if filter && !hasTag(s.Tags, opt.Tag) {
				return true, nil
			}
			if skip > 0 {
				skip--
				return true, nil
			}
			out = append(out, s)
			return opt.Limit <= 0 || len(out) < opt.Limit, nil
		})
	})
	return out, err
}

// Count returns how many briefs List would return without Offset and Limit.
func (a *Archive) Count(opt ListOptions) (int, error) {
	n := 0
	err := a.view(func(tx *bolt.Tx) error {
		n = 0
		if !opt.Trash && opt.Tag == "" {
			n = liveCount(tx)
			return nil
		}
		trash := tx.Bucket(bucketTrash)
		return eachListed(tx, opt, func(id []byte) (bool, error) {
			if opt.Trash && opt.Tag != "" {
				s, err := decodeSummary(trash.Get(id))
				if err != nil || !hasTag(s.Tags, opt.Tag) {
					return true, nil
				}
			}
			n++
			return true, nil
		})
	})
	return n, err
}

// eachListed calls f with the ID of every selected brief, newest first,
// until f returns false.
func eachListed(tx *bolt.Tx, opt ListOptions, f func(id []byte) (bool, error)) error {
	if opt.Tag != "" && !opt.Trash {
		ids := taggedIDs(tx, opt.Tag)
		for i := len(ids) - 1; i >= 0; i-- {
			if more, err := f(ids[i]); err != nil || !more {
				return err
			}
		}
		return nil
	}
	bucket := tx.Bucket(bucketSummaries)
	if opt.Trash {
		bucket = tx.Bucket(bucketTrash)
	}
	c := bucket.Cursor()
	for k, _ := c.Last(); k != nil; k, _ = c.Prev() {
		if more, err := f(k); err != nil || !more {
			return err
		}
	}
	return nil
}

// taggedIDs returns the IDs of the live briefs tagged tag, oldest first.
func taggedIDs(tx *bolt.Tx, tag string) [][]byte {
	var ids [][]byte
	prefix := append([]byte(fold(tag)), 0)
	c := tx.Bucket(bucketTags).Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		ids = append(ids, k[len(prefix):])
	}
	return ids
}

func hasTag(tags []string, tag string) bool {
	f := fold(tag)
	return slices.ContainsFunc(tags, func(t string) bool { return fold(t) == f })
}
