package syntax

import (
	"fmt"
	"runtime"
	"sort"
)

// classWeight is one class's weight of a feature, packed in 32 bits: the
// class in the low 8 bits, the weight (a signed integer, see weightStep) in
// the high 24.
type classWeight uint32

// maxClasses is the most classes a model may have (a class fits in 8 bits
// and a feature's weights are counted in 8 bits).
const maxClasses = 255

// maxWeight bounds a weight's magnitude to what 24 bits hold.
const maxWeight = 1<<23 - 1

func packWeight(class int, v int64) classWeight {
	v = max(-maxWeight, min(maxWeight, v))
	return classWeight(uint32(int32(v))<<8 | uint32(class))
}

func (c classWeight) class() int { return int(c & 0xff) }

func (c classWeight) value() int32 { return int32(c) >> 8 }

// slot is one cell of the feature table: the feature, and where its
// weights are in weights.entries packed as start<<8 | count (0 = empty).
type slot struct {
	key feature
	ref uint32
}

func (s slot) start() uint32 { return s.ref >> 8 }

func (s slot) end() uint32 { return s.ref>>8 + s.ref&0xff }

// maxEntries is the most weights a model may hold (start fits in 24 bits).
const maxEntries = 1 << 24

// weights is a trained linear model: per feature a short list of class
// weights, found through an open-addressing hash table whose cells hold the
// feature and its range, so a lookup touches one cell and one run of
// entries. It is read-only and safe for concurrent use.
type weights struct {
	classes int
	entries []classWeight
	table   []slot
}

// weightsBuilder collects features in increasing order with their weights.
type weightsBuilder struct {
	classes     int
	keys        []feature
	ends        []uint32
	entries     []classWeight
	freeEntries func() // gives back the memory of entries, or nil (see largeSlice)
}

func newWeightsBuilder(classes int) *weightsBuilder { return &weightsBuilder{classes: classes} }

// add appends feature f with its weights (1 to maxClasses of them).
func (b *weightsBuilder) add(f feature, row []classWeight) {
	b.keys = append(b.keys, f)
	b.entries = append(b.entries, row...)
	b.ends = append(b.ends, uint32(len(b.entries)))
}

// build indexes the features and returns the model; a table twice the
// number of features keeps lookups of absent features short.
func (b *weightsBuilder) build() (*weights, error) {
	if b.classes > maxClasses || len(b.entries) >= maxEntries {
		freeAll(b.freeEntries)
		return nil, fmt.Errorf("a model of %d classes and %d weights is too large", b.classes, len(b.entries))
	}
	table, freeTable := largeSlice[slot](2*len(b.keys) + 1)
	w := &weights{classes: b.classes, entries: b.entries, table: table}
	start := uint32(0)
	for k, f := range b.keys {
		n := b.ends[k] - start
		if n == 0 || n > maxClasses {
			freeAll(b.freeEntries, freeTable)
			return nil, fmt.Errorf("feature %d has %d weights", k, n)
		}
		i := w.cell(f)
		for w.table[i].ref != 0 {
			i = w.next(i)
		}
		w.table[i] = slot{key: f, ref: start<<8 | n}
		start = b.ends[k]
	}
	freeWith(w, b.freeEntries, freeTable)
	return w, nil
}

// cell is where feature f's search starts: its hash scaled to the table.
func (w *weights) cell(f feature) int { return int(uint64(f) * uint64(len(w.table)) >> 32) }

func (w *weights) next(i int) int {
	if i++; i == len(w.table) {
		return 0
	}
	return i
}

// features returns the model's features in increasing order.
func (w *weights) features() []slot {
	var out []slot
	for _, s := range w.table {
		if s.ref != 0 {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	runtime.KeepAlive(w) // see freeWith
	return out
}

// score adds the weights of feats to scores (length classes). It finds
// every feature's cell first and reads the weights after, so the memory
// reads of different features overlap instead of waiting on each other.
func (w *weights) score(feats []feature, scores []int32) {
	var buf [128]slot
	for len(feats) > 0 {
		n := min(len(feats), len(buf))
		found := buf[:0]
		for _, f := range feats[:n] {
			if s, ok := w.lookup(f); ok {
				found = append(found, s)
			}
		}
		for _, s := range found {
			for _, e := range w.entries[s.start():s.end()] {
				scores[e.class()] += e.value()
			}
		}
		feats = feats[n:]
	}
	runtime.KeepAlive(w) // see freeWith
}

// lookup returns feature f's cell.
func (w *weights) lookup(f feature) (slot, bool) {
	for i := w.cell(f); ; i = w.next(i) {
		s := w.table[i]
		if s.ref == 0 || s.key == f {
			return s, s.ref != 0
		}
	}
}
