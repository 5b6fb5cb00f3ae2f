package archive

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"
)

// checkRecords reads the stored records whose damage bbolt's page check
// cannot see, as bytes changed inside a value: each list and trash entry
// must be JSON and, with briefs, each brief and revision must decompress
// to JSON (the slow part: 20 times the rest). It returns a plain
// description of the first damaged one, or "".
func checkRecords(tx *bolt.Tx, briefs bool) string {
	for _, name := range [][]byte{bucketSummaries, bucketTrash} {
		if bad := firstBad(tx.Bucket(name), json.Valid); bad != "" {
			return "the list entry of brief " + bad + " is damaged"
		}
	}
	if !briefs {
		return ""
	}
	var buf []byte
	for _, name := range [][]byte{bucketBriefs, bucketRevisions} {
		if bad := firstBad(tx.Bucket(name), func(v []byte) bool {
			js, err := recordJSON(v, buf)
			buf = js
			return err == nil && json.Valid(js)
		}); bad != "" {
			return "the stored brief " + bad + " is damaged"
		}
	}
	return ""
}

// firstBad returns the key of the first value in b (nil: none) that ok
// rejects, or "".
func firstBad(b *bolt.Bucket, ok func(v []byte) bool) string {
	if b == nil {
		return ""
	}
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if v != nil && !ok(v) {
			return clip(string(k), 40)
		}
	}
	return ""
}
