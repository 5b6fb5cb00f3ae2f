package archive

import (
	"bytes"
	"compress/flate"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"sync"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// Stored briefs (current and revisions) are JSON compressed with DEFLATE,
// behind a one-byte format mark; schema 1 stored plain JSON ('{').
const formatFlate = 'z'

var flaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// errDamagedRecord is what a stored brief that cannot be decompressed
// (or is empty, or of no known format) reads as.
var errDamagedRecord = errors.New("its stored record is damaged: restore a backup, or an earlier revision (briefdesk history)")

// inflaters reuse DEFLATE readers, which are costly to make.
var inflaters = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}

// encodeBrief returns the stored form of b.
func encodeBrief(b *briefing.Brief) ([]byte, error) {
	js, err := marshalCompact(b)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.Grow(len(js)/3 + 16)
	buf.WriteByte(formatFlate)
	w := flaters.Get().(*flate.Writer)
	defer flaters.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(js); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decodeBrief reads a stored brief. v may point into the memory map: the
// result shares no memory with it.
func decodeBrief(v []byte) (*briefing.Brief, error) {
	js, err := recordJSON(v, nil)
	if err != nil {
		return nil, err
	}
	return briefing.Parse(js)
}

// recordJSON returns the JSON of a stored brief, appended to buf (which
// may be nil); it shares no memory with v.
func recordJSON(v, buf []byte) ([]byte, error) {
	if len(v) == 0 {
		return nil, errDamagedRecord
	}
	switch v[0] {
	case formatFlate:
		r := inflaters.Get().(io.ReadCloser)
		defer inflaters.Put(r)
		if err := r.(flate.Resetter).Reset(bytes.NewReader(v[1:]), nil); err != nil {
			return nil, errDamagedRecord
		}
		out := bytes.NewBuffer(buf[:0])
		if _, err := out.ReadFrom(r); err != nil {
			return nil, errDamagedRecord
		}
		return out.Bytes(), nil
	case '{':
		return append(buf[:0], v...), nil
	}
	return nil, errDamagedRecord
}

// marshalCompact returns b as one line of JSON with every field present.
func marshalCompact(b *briefing.Brief) ([]byte, error) {
	c := b.Normalized()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// idBytes is the 8-byte form of an ID used in index keys.
func idBytes(id string) []byte {
	b, _ := hex.DecodeString(id)
	return b
}

// timeFormat is how Created, Updated and revision times are written.
const timeFormat = time.RFC3339
