package syntax

import (
	"math"
	"sort"
)

// A feature is a 32-bit hash of a feature template and its values; see mix.
type feature = uint32

// mix hashes a template number and up to three values into one feature of
// 32 bits (few enough to store compactly, enough to make collisions rare).
func mix(template uint64, a, b, c uint64) feature {
	h := template*0x9E3779B97F4A7C15 ^ a
	h = (h ^ h>>31) * 0xBF58476D1CE4E5B9
	h ^= b * 0x94D049BB133111EB
	h = (h ^ h>>29) * 0x9E3779B97F4A7C15
	h ^= c * 0xBF58476D1CE4E5B9
	h = (h ^ h>>32) * 0x94D049BB133111EB
	return feature((h ^ h>>31) >> 32)
}

// hashString is FNV-1a of s.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// trainWeight is one class's weight of a feature during training, with what
// averaging needs (Collins 2002; the lazy update of Daumé).
type trainWeight struct {
	class int32
	last  int32   // the update step of the last change
	w     float64 // current weight
	total float64 // sum of w over steps up to last
}

// perceptron is an averaged multi-class perceptron being trained.
type perceptron struct {
	classes int
	step    int32
	weights map[feature][]trainWeight
}

func newPerceptron(classes int) *perceptron {
	return &perceptron{classes: classes, weights: make(map[feature][]trainWeight)}
}

// score adds the weights of feats to scores (length classes, zeroed by the
// caller).
func (p *perceptron) score(feats []feature, scores []float64) {
	for _, f := range feats {
		for _, e := range p.weights[f] {
			scores[e.class] += e.w
		}
	}
}

// update moves weight from guess to truth for feats (one step).
func (p *perceptron) update(truth, guess int, feats []feature) {
	p.step++
	if truth == guess {
		return
	}
	for _, f := range feats {
		ws := p.weights[f]
		ws = p.add(ws, int32(truth), 1)
		ws = p.add(ws, int32(guess), -1)
		p.weights[f] = ws
	}
}

// tick counts a step without a change (for averaging).
func (p *perceptron) tick() { p.step++ }

func (p *perceptron) add(ws []trainWeight, class int32, v float64) []trainWeight {
	for k := range ws {
		if ws[k].class == class {
			e := &ws[k]
			e.total += float64(p.step-e.last) * e.w
			e.last = p.step
			e.w += v
			return ws
		}
	}
	return append(ws, trainWeight{class: class, last: p.step, w: v})
}

// averagedWeight is a trained weight at full precision: the sum of the
// perceptron's weight over all training steps (the average times the number
// of steps, which ranks classes the same way) over 1000, in float32.
func averagedWeight(total float64) float32 { return float32(total / 1000) }

// weightStep is the unit of a stored weight: a model keeps each weight as
// the nearest multiple of it (a signed integer count of steps) and drops
// weights that round to zero. At this step the model scores as it does
// unrounded and its file is a quarter smaller.
const weightStep = 8

// storedWeight rounds a trained weight to the model's unit. It rounds the
// full-precision weight (averagedWeight) that the held-out taggers score
// with, so a stored weight is rounded once, from the same number; the
// shipped model was made this way and `make model` rebuilds it weight for
// weight.
func storedWeight(total float64) int64 {
	return int64(math.Round(float64(averagedWeight(total)) / weightStep))
}

// average returns the averaged weights as a frozen model, or an error when
// they do not fit the model format (too many classes or weights).
func (p *perceptron) average() (*weights, error) {
	keys := make([]feature, 0, len(p.weights))
	for f := range p.weights {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	b := newWeightsBuilder(p.classes)
	var row []classWeight
	for _, f := range keys {
		row = row[:0]
		for _, e := range p.weights[f] {
			total := e.total + float64(p.step-e.last)*e.w
			if v := storedWeight(total); v != 0 {
				row = append(row, packWeight(int(e.class), v))
			}
		}
		if len(row) > 0 {
			sort.Slice(row, func(i, j int) bool { return row[i].class() < row[j].class() })
			b.add(f, row)
		}
	}
	return b.build()
}
