package archive

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// maxLine bounds one line of a JSON Lines import.
const maxLine = 64 << 20

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
// and saves them all in one transaction: if any line is bad, or the disk
// fills, nothing is imported. The input is read line by line, so an export
// of any size imports. A brief whose ID is already in the archive updates
// it (a new revision) instead of being added twice, unless that ID belongs
// to a brief created at another time: then it is added under a new ID.
// Briefs keep their Created and Updated times. It returns how many were
// saved.
func (a *Archive) ImportJSONL(r io.Reader) (int, error) {
	n := 0
	err := a.update(func(tx *bolt.Tx) error {
		n = 0
		now := time.Now()
		return eachJSONLine(r, func(line int, b *briefing.Brief) error {
			if err := saveTx(tx, b, now, true); err != nil {
				return fmt.Errorf("line %d: %w", line, err)
			}
			n++
			return nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("%w; nothing was imported", err)
	}
	return n, nil
}

// eachJSONLine calls f with each brief of a JSON Lines stream and its line
// number, stopping at the first error.
func eachJSONLine(r io.Reader, f func(line int, b *briefing.Brief) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		b, err := briefing.Parse(text)
		if err == nil && strings.TrimSpace(b.Source.Text) == "" {
			err = errors.New("not a brief: it has no source text")
		}
		if err == nil && b.ID != "" && !validID(b.ID) {
			err = fmt.Errorf("%q is not an archive ID (16 hex digits)", b.ID)
		}
		if err == nil {
			err = f(line, b)
		} else {
			err = fmt.Errorf("line %d: %w", line, err)
		}
		if err != nil {
			return err
		}
	}
	switch err := sc.Err(); {
	case errors.Is(err, bufio.ErrTooLong):
		return fmt.Errorf("line %d is longer than %d MB", line+1, maxLine>>20)
	case err != nil:
		return fmt.Errorf("cannot read the import: %w", err)
	}
	return nil
}
