package archive

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// maxLine bounds one line of a JSON Lines import.
const maxLine = 64 << 20

// importBatch is how many briefs one import transaction writes.
const importBatch = 500

// ExportJSONL writes every live brief, oldest first, as one JSON object a
// line, and returns how many it wrote.
func (a *Archive) ExportJSONL(w io.Writer) (int, error) {
	n := 0
	bw := bufio.NewWriter(w)
	err := a.view(func(tx *bolt.Tx) error {
		n = 0
		briefs := tx.Bucket(bucketBriefs)
		return tx.Bucket(bucketSummaries).ForEach(func(k, _ []byte) error {
			b, err := decodeBrief(briefs.Get(k))
			if err != nil {
				return fmt.Errorf("brief %s: %w", k, err)
			}
			line, err := marshalCompact(b)
			if err != nil {
				return err
			}
			bw.Write(line)
			if err := bw.WriteByte('\n'); err != nil {
				return fmt.Errorf("cannot write the export: %w", err)
			}
			n++
			return nil
		})
	})
	if err == nil {
		err = bw.Flush()
	}
	return n, err
}

// ImportJSONL reads briefs, one JSON object a line (blank lines skipped),
// and saves them. A brief whose ID is already in the archive updates it
// (a new revision) instead of being added twice; briefs keep their Created
// and Updated times. Every line is read and checked before anything is
// written, so a bad line imports nothing. It returns how many were saved.
func (a *Archive) ImportJSONL(r io.Reader) (int, error) {
	var briefs []*briefing.Brief
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		b, err := briefing.Parse(text)
		if err != nil {
			return 0, fmt.Errorf("line %d: %w", line, err)
		}
		if b.ID != "" && !validID(b.ID) {
			return 0, fmt.Errorf("line %d: %q is not an archive ID (16 hex digits)", line, b.ID)
		}
		briefs = append(briefs, b)
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return 0, fmt.Errorf("a line is longer than %d MB", maxLine>>20)
		}
		return 0, fmt.Errorf("cannot read the import: %w", err)
	}
	n := 0
	for len(briefs) > 0 {
		batch := briefs[:min(importBatch, len(briefs))]
		briefs = briefs[len(batch):]
		err := a.update(func(tx *bolt.Tx) error {
			now := time.Now()
			for _, b := range batch {
				c := *b
				if err := saveTx(tx, &c, now, true); err != nil {
					return fmt.Errorf("brief %q: %w", b.ID, err)
				}
			}
			return nil
		})
		if err != nil {
			return n, err
		}
		n += len(batch)
	}
	return n, nil
}
