package archive

import (
	"bytes"
	"encoding/binary"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// Fields a term is counted in, from most to least weighty in ranking.
const (
	fieldTitle = iota
	fieldParties
	fieldItems
	fieldSource
	numFields
)

// counts holds how often a term occurs in each field, capped at 255.
type counts [numFields]uint8

// postings returns every index term of b with its counts per field: the
// title and every source's title, party names and aliases, every drafted
// item and disagreement, and the text of every source.
func postings(b *briefing.Brief) map[string]counts {
	m := make(map[string]counts, 256)
	add := func(f int, text string) {
		for _, t := range terms(text) {
			c := m[t]
			if c[f] < 255 {
				c[f]++
			}
			m[t] = c
		}
	}
	add(fieldTitle, b.Title)
	sources := b.AllSources()
	for _, src := range sources {
		add(fieldTitle, src.Title)
	}
	for _, p := range b.Parties {
		add(fieldParties, p.Name)
		for _, a := range p.Aliases {
			add(fieldParties, a)
		}
	}
	for _, list := range [][]briefing.Item{b.Summary, b.Background} {
		for _, it := range list {
			add(fieldItems, it.Text)
		}
	}
	for _, c := range b.Commitments {
		add(fieldItems, c.Text)
		add(fieldItems, c.Action)
	}
	for _, d := range b.Dates {
		add(fieldItems, d.Text)
	}
	for _, f := range b.Figures {
		add(fieldItems, f.Text+" "+f.Unit)
	}
	for _, d := range b.Disagreements {
		add(fieldItems, d.About)
		for _, c := range d.Claims {
			add(fieldItems, c.Text)
		}
	}
	for _, src := range sources {
		add(fieldSource, src.Text)
	}
	return m
}

// The index is split into blocks of blockSize briefs, in the order briefs
// were first indexed: a key is block (4 bytes), term, 0x00, brief ID (8
// bytes). A save then rewrites the few pages of one block instead of one
// page per term across the whole index; a search seeks each block.
const blockSize = 16

// indexKey is the index key of term in the brief with 8-byte ID id8.
func indexKey(block uint32, term string, id8 []byte) []byte {
	k := make([]byte, 4, 4+len(term)+1+len(id8))
	binary.BigEndian.PutUint32(k, block)
	k = append(k, term...)
	k = append(k, 0)
	return append(k, id8...)
}

// blockOf returns the index block of brief id, giving it the next free
// place when it has none yet.
func blockOf(tx *bolt.Tx, id string) (uint32, error) {
	blocks := tx.Bucket(bucketBlocks)
	if v := blocks.Get([]byte(id)); len(v) == 4 {
		return binary.BigEndian.Uint32(v), nil
	}
	meta := tx.Bucket(bucketMeta)
	n := indexedCount(tx)
	if err := meta.Put(keyIndexed, binary.BigEndian.AppendUint64(nil, n+1)); err != nil {
		return 0, err
	}
	block := uint32(n / blockSize)
	return block, blocks.Put([]byte(id), binary.BigEndian.AppendUint32(nil, block))
}

// indexedCount is how many briefs were ever given an index place.
func indexedCount(tx *bolt.Tx) uint64 {
	if v := tx.Bucket(bucketMeta).Get(keyIndexed); len(v) == 8 {
		return binary.BigEndian.Uint64(v)
	}
	return 0
}

// reindex changes the index entries of brief id from old to new postings
// (either may be nil), writing only what differs.
func reindex(tx *bolt.Tx, id string, old, new map[string]counts) error {
	if old == nil && new == nil {
		return nil
	}
	block, err := blockOf(tx, id)
	if err != nil {
		return err
	}
	idx := tx.Bucket(bucketIndex)
	id8 := idBytes(id)
	for t := range old {
		if _, keep := new[t]; !keep {
			if err := idx.Delete(indexKey(block, t, id8)); err != nil {
				return err
			}
		}
	}
	for t, c := range new {
		if oc, ok := old[t]; ok && oc == c {
			continue
		}
		v := c
		if err := idx.Put(indexKey(block, t, id8), v[:]); err != nil {
			return err
		}
	}
	return nil
}

// splitIndexKey returns the term and 8-byte ID of an index key.
func splitIndexKey(k []byte) (term []byte, id8 []byte, ok bool) {
	if len(k) < 4+9 || k[len(k)-9] != 0 {
		return nil, nil, false
	}
	return k[4 : len(k)-9], k[len(k)-8:], true
}

// hasPrefix is bytes.HasPrefix, named for the cursor loops.
func hasPrefix(k, p []byte) bool { return bytes.HasPrefix(k, p) }
