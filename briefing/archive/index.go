package archive

import (
	"bytes"

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
// title, party names and aliases, every drafted item, and the source text.
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
	add(fieldTitle, b.Source.Title)
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
	add(fieldSource, b.Source.Text)
	return m
}

// indexKey is the index key of term in the brief with 8-byte ID id8.
func indexKey(term string, id8 []byte) []byte {
	k := make([]byte, 0, len(term)+1+len(id8))
	k = append(k, term...)
	k = append(k, 0)
	return append(k, id8...)
}

// reindex changes the index entries of brief id from old to new postings
// (either may be nil), writing only what differs.
func reindex(tx *bolt.Tx, id string, old, new map[string]counts) error {
	idx := tx.Bucket(bucketIndex)
	id8 := idBytes(id)
	for t := range old {
		if _, keep := new[t]; !keep {
			if err := idx.Delete(indexKey(t, id8)); err != nil {
				return err
			}
		}
	}
	for t, c := range new {
		if oc, ok := old[t]; ok && oc == c {
			continue
		}
		v := c
		if err := idx.Put(indexKey(t, id8), v[:]); err != nil {
			return err
		}
	}
	return nil
}

// splitIndexKey returns the term and 8-byte ID of an index key.
func splitIndexKey(k []byte) (term []byte, id8 []byte, ok bool) {
	if len(k) < 9 || k[len(k)-9] != 0 {
		return nil, nil, false
	}
	return k[:len(k)-9], k[len(k)-8:], true
}

// hasPrefix is bytes.HasPrefix, named for the cursor loops.
func hasPrefix(k, p []byte) bool { return bytes.HasPrefix(k, p) }
