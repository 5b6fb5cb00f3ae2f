package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
)

// modelMagic starts every model file; the digit is the format's version.
// Version 3 adds a lexicon, and the parser's features of semantic classes
// that read it; a model trained without a lexicon is written as version 2.
// Version 4 names the optional feature sets (featSemantic, featBetween,
// featTagClasses) in a number after the magic; a model with no feature set
// beyond version 3's is written as version 2 or 3.
const (
	modelMagic      = "BRIEFDESK-SYNTAX-3\n"
	modelMagicPlain = "BRIEFDESK-SYNTAX-2\n"
	modelMagicSets  = "BRIEFDESK-SYNTAX-4\n"
)

// The optional feature sets, as bits of a version 4 model.
const (
	featSemantic   = 1 << iota // the parser's semantic classes from the lexicon the model carries
	featBetween                // the parser's verbs and punctuation between the stack top and the buffer front
	featTagClasses             // the tagger's parts of speech from the lexicon the model carries
)

// Model is a trained tagger, parser and lemmatiser.
type Model struct {
	tagger *Tagger
	parser *Parser
	lex    Lexicon
	lemmas map[string]string // lemma exceptions (see LemmaExceptions)
	lem    *Lemmatizer
}

// WriteTo writes the model in its binary format: unsigned varints, so that
// reading it is one pass over the bytes (the file is not compressed: a
// compressed model takes longer to read than the program takes to draft).
// The output depends only on the model, so the same training data gives the
// same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(cw)
	e := &encoder{w: bw}
	switch {
	case m.featureSets()&^featSemantic != 0:
		e.bytes([]byte(modelMagicSets))
		e.uvarint(uint64(m.featureSets()))
	case m.lex != nil:
		e.bytes([]byte(modelMagic))
	default:
		e.bytes([]byte(modelMagicPlain))
	}
	e.strings(m.tagger.tags)
	e.strings(m.parser.rels)
	e.stringMap(intMapAsStrings(m.tagger.dict, m.tagger.tags))
	e.stringMap(m.lemmas)
	if m.lex != nil {
		e.lexicon(m.lex)
	}
	e.weights(m.tagger.first)
	e.weights(m.tagger.second)
	e.weights(m.parser.w)
	if e.err == nil {
		e.err = bw.Flush()
	}
	return cw.n, e.err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(data []byte) (*Model, error) {
	d := &decoder{data: data}
	var sets uint64
	switch string(d.bytes()) {
	case modelMagicPlain:
	case modelMagic:
		sets = featSemantic
	case modelMagicSets:
		sets = d.uvarint()
	default:
		return nil, errors.New("the syntax model has an unknown format")
	}
	if sets&^(featSemantic|featBetween|featTagClasses) != 0 {
		return nil, errors.New("the syntax model needs features this program lacks")
	}
	m := &Model{tagger: &Tagger{lexical: sets&featTagClasses != 0}}
	m.tagger.tags = d.strings()
	m.parser = newParserTables(m.tagger.tags, sets&featSemantic != 0, sets&featBetween != 0)
	m.parser.rels = d.strings()
	m.tagger.dict = stringsAsIntMap(d.stringMap(), m.tagger.tags)
	m.lemmas = d.stringMap()
	if sets&(featSemantic|featTagClasses) != 0 {
		m.lex = d.lexicon()
	}
	m.tagger.first = d.weights()
	m.tagger.second = d.weights()
	m.parser.w = d.weights()
	if d.err != nil {
		return nil, fmt.Errorf("the syntax model is damaged: %w", d.err)
	}
	m.lem = NewLemmatizer(m.lemmas)
	return m, nil
}

// featureSets returns the bits of the model's optional feature sets.
func (m *Model) featureSets() int {
	sets := 0
	if m.parser.kinds != nil {
		sets |= featSemantic
	}
	if m.parser.marks != nil {
		sets |= featBetween
	}
	if m.tagger.lexical {
		sets |= featTagClasses
	}
	return sets
}

func intMapAsStrings(m map[string]int, names []string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = names[v]
	}
	return out
}

func stringsAsIntMap(m map[string]string, names []string) map[string]int {
	index := make(map[string]int, len(names))
	for k, n := range names {
		index[n] = k
	}
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = index[v]
	}
	return out
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// encoder writes unsigned varints, strings and weight tables.
type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(v uint64) {
	if e.err == nil {
		_, e.err = e.w.Write(e.buf[:binary.PutUvarint(e.buf[:], v)])
	}
}

func (e *encoder) bytes(b []byte) {
	e.uvarint(uint64(len(b)))
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) strings(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.bytes([]byte(s))
	}
}

func (e *encoder) stringMap(m map[string]string) {
	keys := sortedKeys(m)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.bytes([]byte(k))
		e.bytes([]byte(m[k]))
	}
}

// lexicon writes the sorted words, each with its entry.
func (e *encoder) lexicon(l Lexicon) {
	keys := sortedKeys(l)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.bytes([]byte(k))
		e.uvarint(uint64(l[k]))
	}
}

// sortedKeys returns the keys of m in increasing order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// weights writes the sorted keys as deltas, then each key's number of
// weights, then the weights as class and zigzag-coded value (see weightStep).
func (e *encoder) weights(w *weights) {
	fs := w.features()
	e.uvarint(uint64(w.classes))
	e.uvarint(uint64(len(fs)))
	var last feature
	for _, s := range fs {
		e.uvarint(uint64(s.key - last))
		last = s.key
	}
	for _, s := range fs {
		e.uvarint(uint64(s.end() - s.start()))
	}
	for _, s := range fs {
		for _, cw := range w.entries[s.start():s.end()] {
			v := int64(cw.value())
			e.uvarint(uint64(cw.class()))
			e.uvarint(uint64(v<<1 ^ v>>63))
		}
	}
	runtime.KeepAlive(w) // see freeWith
}

// decoder reads what encoder writes, from memory.
type decoder struct {
	data []byte
	at   int
	err  error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data[d.at:])
	if n <= 0 {
		d.err = errors.New("the file ends early or holds a bad number")
		return 0
	}
	d.at += n
	return v
}

// count reads a length and checks it against limit.
func (d *decoder) count(limit uint64) int {
	n := d.uvarint()
	if n > limit {
		if d.err == nil {
			d.err = fmt.Errorf("a length of %d is out of range", n)
		}
		return 0
	}
	return int(n)
}

func (d *decoder) bytes() []byte {
	n := d.count(1 << 20)
	if d.err != nil {
		return nil
	}
	if n > len(d.data)-d.at {
		d.err = errors.New("the file ends early")
		return nil
	}
	b := d.data[d.at : d.at+n]
	d.at += n
	return b
}

func (d *decoder) strings() []string {
	n := d.count(1 << 16)
	out := make([]string, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, string(d.bytes()))
	}
	return out
}

func (d *decoder) stringMap() map[string]string {
	n := d.count(1 << 24)
	out := make(map[string]string, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := string(d.bytes())
		out[k] = string(d.bytes())
	}
	return out
}

func (d *decoder) lexicon() Lexicon {
	n := d.count(1 << 24)
	out := make(Lexicon, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := string(d.bytes())
		out[k] = uint32(d.count(1<<32 - 1))
	}
	return out
}

func (d *decoder) weights() *weights {
	classes := d.count(maxClasses)
	n := d.count(maxEntries)
	if d.err != nil {
		return nil
	}
	b := newWeightsBuilder(classes)
	b.keys = make([]feature, n)
	var last uint64
	for k := range b.keys {
		last += d.uvarint()
		if last > 1<<32-1 && d.err == nil {
			d.err = errors.New("a feature is out of range")
		}
		b.keys[k] = feature(last)
	}
	b.ends = make([]uint32, n)
	end := 0
	for k := range b.ends {
		end += d.count(maxClasses)
		b.ends[k] = uint32(min(end, maxEntries))
	}
	if d.err != nil || end >= maxEntries || classes == 0 && end > 0 {
		d.fail(errors.New("the model holds too many weights"))
		return nil
	}
	b.entries, b.freeEntries = largeSlice[classWeight](end)
	for k := range b.entries {
		c := d.count(uint64(classes - 1))
		z := d.uvarint()
		b.entries[k] = packWeight(c, int64(z>>1)^-int64(z&1))
	}
	if d.err != nil {
		freeAll(b.freeEntries)
		return nil
	}
	w, err := b.build()
	d.fail(err)
	return w
}

// fail records err unless an error is already recorded.
func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}
