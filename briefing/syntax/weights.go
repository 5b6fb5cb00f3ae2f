package syntax

import "sort"

// classWeight is one class's weight of a feature in a trained model.
type classWeight struct {
	class uint16
	w     float32
}

// slot is one cell of the feature table: the feature and where its weights
// are in weights.entries (end == 0 marks an empty cell).
type slot struct {
	key        feature
	start, end uint32
}

// weights is a trained linear model: per feature a short list of class
// weights, found through an open-addressing hash table whose cells hold the
// feature and its range, so a lookup touches one cell and one run of
// entries. It is read-only and safe for concurrent use.
type weights struct {
	classes int
	entries []classWeight
	table   []slot
	mask    uint64
}

// weightsBuilder collects features in increasing order with their weights.
type weightsBuilder struct {
	classes int
	keys    []feature
	ends    []uint32
	entries []classWeight
}

func newWeightsBuilder(classes int) *weightsBuilder { return &weightsBuilder{classes: classes} }

// add appends feature f with its weights (at least one).
func (b *weightsBuilder) add(f feature, row []classWeight) {
	b.keys = append(b.keys, f)
	b.entries = append(b.entries, row...)
	b.ends = append(b.ends, uint32(len(b.entries)))
}

// build indexes the features and returns the model.
func (b *weightsBuilder) build() *weights {
	size := 1
	for size < 2*len(b.keys)+2 {
		size <<= 1
	}
	w := &weights{classes: b.classes, entries: b.entries, table: make([]slot, size), mask: uint64(size - 1)}
	start := uint32(0)
	for k, f := range b.keys {
		i := f & w.mask
		for w.table[i].end != 0 {
			i = (i + 1) & w.mask
		}
		w.table[i] = slot{key: f, start: start, end: b.ends[k]}
		start = b.ends[k]
	}
	return w
}

// features returns the model's features in increasing order with the range
// of each one's weights.
func (w *weights) features() []slot {
	var out []slot
	for _, s := range w.table {
		if s.end != 0 {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// find returns the weights of feature f, or nil.
func (w *weights) find(f feature) []classWeight {
	i := f & w.mask
	for {
		s := &w.table[i]
		if s.end == 0 {
			return nil
		}
		if s.key == f {
			return w.entries[s.start:s.end]
		}
		i = (i + 1) & w.mask
	}
}

// score adds the weights of feats to scores (length classes).
func (w *weights) score(feats []feature, scores []float32) {
	for _, f := range feats {
		for _, e := range w.find(f) {
			scores[e.class] += e.w
		}
	}
}
