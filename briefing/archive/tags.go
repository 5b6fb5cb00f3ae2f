package archive

import (
	"bytes"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TagCount is a tag and how many live briefs carry it.
type TagCount struct {
	Tag   string
	Count int
}

// Tags returns every tag on a live brief with its count, most used first
// (ties alphabetical). Tags differing only in case or accents count as one,
// spelled as first saved.
func (a *Archive) Tags() ([]TagCount, error) {
	out := []TagCount{}
	err := a.view(func(tx *bolt.Tx) error {
		out = out[:0]
		var last []byte
		return tx.Bucket(bucketTags).ForEach(func(k, v []byte) error {
			folded := k[:bytes.IndexByte(k, 0)+1]
			if last != nil && bytes.Equal(folded, last) {
				out[len(out)-1].Count++
				return nil
			}
			last = bytes.Clone(folded)
			out = append(out, TagCount{Tag: string(v), Count: 1})
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out, err
}

// SetTags replaces the tags of brief id, saving a new revision.
func (a *Archive) SetTags(id string, tags []string) error {
	return a.update(func(tx *bolt.Tx) error {
		b, err := getTx(tx, id)
		if err != nil {
			return err
		}
		b.Tags = tags
		return saveTx(tx, b, time.Now(), false)
	})
}
