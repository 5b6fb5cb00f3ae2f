package archive

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// migrate upgrades an archive of schema from to SchemaVersion inside tx,
// so that a failure leaves the file as it was.
func migrate(tx *bolt.Tx, from int) error {
	var err error
	switch from {
	case 1:
		// Rewrites every record and builds the index with the current
		// terms: nothing more to do.
		err = migrate1to2(tx)
	case 2:
		err = rebuildIndex(tx)
		if err == nil {
			err = recodeRecords(tx)
		}
	case 3:
		err = recodeRecords(tx)
	}
	if err != nil {
		return fmt.Errorf("cannot upgrade the archive from schema %d: %w", from, err)
	}
	return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
}

// rebuildIndex replaces the search index with one made from the live
// briefs by the current terms (schema 2 to 3: acronym terms were added).
// Each brief keeps its index block.
func rebuildIndex(tx *bolt.Tx) error {
	if tx.Bucket(bucketIndex) != nil {
		if err := tx.DeleteBucket(bucketIndex); err != nil {
			return err
		}
	}
	if _, err := tx.CreateBucket(bucketIndex); err != nil {
		return err
	}
	packBuckets(tx)
	var ids []string
	if err := tx.Bucket(bucketSummaries).ForEach(func(k, _ []byte) error {
		ids = append(ids, string(k))
		return nil
	}); err != nil {
		return err
	}
	for _, id := range ids {
		b, err := getTx(tx, id)
		if err != nil {
			return err
		}
		if err := reindex(tx, id, nil, postings(b)); err != nil {
			return fmt.Errorf("brief %s: %w", id, err)
		}
	}
	return nil
}

// migrate1to2 compresses every record and builds the list entries, dates,
// tags and search index that schema 1 lacked. Every brief of schema 1 is
// live (schema 1 had no trash).
func migrate1to2(tx *bolt.Tx) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	packBuckets(tx)
	if err := recode(tx.Bucket(bucketRevisions), nil); err != nil {
		return err
	}
	return recode(tx.Bucket(bucketBriefs), func(id string, b *briefing.Brief) error {
		b.ID = id
		b.Tags = cleanTags(b.Tags)
		return setLive(tx, id, nil, b)
	})
}

// recodeRecords rewrites every current brief and revision in the current
// record format and brief schema (schema 3 to 4: briefs of schema 1, one
// source, become schema 2). The index stays: a brief of one source has
// the same terms in both.
func recodeRecords(tx *bolt.Tx) error {
	if err := recode(tx.Bucket(bucketRevisions), nil); err != nil {
		return err
	}
	return recode(tx.Bucket(bucketBriefs), nil)
}

// recode rewrites every record of bucket in the current format, calling
// also (when not nil) with each key and the brief read from it.
func recode(bucket *bolt.Bucket, also func(id string, b *briefing.Brief) error) error {
	type kv struct{ k, v []byte }
	var all []kv
	if err := bucket.ForEach(func(k, v []byte) error {
		all = append(all, kv{bytes.Clone(k), bytes.Clone(v)})
		return nil
	}); err != nil {
		return err
	}
	for _, r := range all {
		b, err := decodeBrief(r.v)
		if err != nil {
			return fmt.Errorf("record %s: %w", r.k, err)
		}
		enc, err := encodeBrief(b)
		if err != nil {
			return err
		}
		if err := bucket.Put(r.k, enc); err != nil {
			return err
		}
		if also != nil {
			if err := also(string(r.k), b); err != nil {
				return fmt.Errorf("brief %s: %w", r.k, err)
			}
		}
	}
	return nil
}
