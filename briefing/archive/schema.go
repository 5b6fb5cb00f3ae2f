package archive

import (
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the archive layout this package writes. History:
//
//	1  briefs (ID → JSON) and revisions (ID/NNNNNNNN → JSON), plain JSON,
//	   no search index, summaries, dates or tags.
//	2  records compressed; summaries, trash, dates, tags and the search
//	   index (in blocks of briefs, see index.go) added. The index terms depend on the word folding and stemming
//	   in text.go: a change there is a new schema version.
//	3  stop words written in capitals (WHO, IT, AND) indexed as acronym
//	   terms (see acronym.go); the index is rebuilt on upgrade.
//	4  briefs (current and revisions) stored as brief JSON of schema 2,
//	   which holds one or more sources; every source's title and text
//	   indexed. Records of brief schema 1 are rewritten on upgrade.
const SchemaVersion = 4

// Buckets.
var (
	bucketMeta      = []byte("meta")      // schema, live count
	bucketBriefs    = []byte("briefs")    // ID → current brief (live or in the trash)
	bucketRevisions = []byte("revisions") // ID/NNNNNNNN → brief as saved
	bucketSummaries = []byte("summaries") // ID → Summary JSON, live briefs only
	bucketTrash     = []byte("trash")     // ID → Summary JSON, briefs in the trash
	bucketDates     = []byte("dates")     // ID → YYYY-MM-DD for before:/after:, live only
	bucketTags      = []byte("tags")      // folded tag 0x00 ID → tag as typed, live only
	bucketIndex     = []byte("index")     // block term 0x00 ID(8 bytes) → field counts, live only
	bucketBlocks    = []byte("blocks")    // ID → index block (4 bytes)
)

var allBuckets = [][]byte{bucketMeta, bucketBriefs, bucketRevisions, bucketSummaries,
	bucketTrash, bucketDates, bucketTags, bucketIndex, bucketBlocks}

var (
	keySchema  = []byte("schema")
	keyLive    = []byte("live")
	keyIndexed = []byte("indexed") // briefs ever given an index block (8 bytes)
)

// schemaOf reads the schema version: 0 for a file with no buckets at all
// (a new archive), -1 for a bbolt file that is not an archive.
func schemaOf(tx *bolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		empty := true
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
		if empty {
			return 0, nil
		}
		return -1, nil
	}
	v, err := strconv.Atoi(string(meta.Get(keySchema)))
	if err != nil || v < 1 {
		return -1, nil
	}
	return v, nil
}

// createBuckets makes every bucket of the current schema and records it.
func createBuckets(tx *bolt.Tx) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
}

// liveCount is the number of briefs outside the trash.
func liveCount(tx *bolt.Tx) int {
	n, _ := strconv.Atoi(string(tx.Bucket(bucketMeta).Get(keyLive)))
	return n
}

func addLive(tx *bolt.Tx, delta int) error {
	return tx.Bucket(bucketMeta).Put(keyLive, []byte(strconv.Itoa(liveCount(tx)+delta)))
}

// revisionKey is the key of revision n of brief id.
func revisionKey(id string, n int) []byte {
	return fmt.Appendf(nil, "%s/%08d", id, n)
}

// packBuckets fills pages fuller than bbolt's default half when they
// split: keys mostly arrive in increasing order (IDs sort by creation
// time, and the index by block), so half-empty pages would stay half empty.
// The setting lasts for the transaction.
func packBuckets(tx *bolt.Tx) {
	for _, name := range allBuckets {
		if b := tx.Bucket(name); b != nil {
			b.FillPercent = fillPercent
		}
	}
}

// fillPercent is how full a page is left when it splits.
const fillPercent = 0.9
