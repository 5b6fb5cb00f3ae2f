package archive

import (
	"bytes"
	"container/heap"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"

	bolt "go.etcd.io/bbolt"
)

// Hit is one search result: the brief's summary, with Snippet set to the
// text that matched, and its score (higher is better).
type Hit struct {
	Summary
	Score float64 `json:"score"`
}

// DefaultSearchLimit is the number of hits Search returns for limit <= 0.
const DefaultSearchLimit = 100

// minPrefix is the shortest query term also matched as a prefix.
const minPrefix = 3

// prefixFactor discounts a term matched only as a prefix of a longer one.
const prefixFactor = 0.7

type docID [8]byte

// Search finds live briefs matching query, best first. The query is words
// (all must match; case, accents and word endings are ignored, and a word
// also matches longer words it begins; common words such as "the" or
// "who" are ignored, but typed in capitals, as in WHO, IT or AND, they
// match the same word written in capitals), "quoted phrases", tag:NAME,
// before:YYYY-MM-DD and after:YYYY-MM-DD (on the source's publication
// date, or the day the brief was created). Matches in the title and
// parties rank above matches in items, and those above the source text.
// A query with only filters lists the selected briefs newest first.
func (a *Archive) Search(query string, limit int) ([]Hit, error) {
	q, err := parseQuery(query)
	if err != nil || q.empty() {
		return []Hit{}, err
	}
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	var hits []Hit
	err = a.view(func(tx *bolt.Tx) error {
		scores := candidates(tx, q)
		ranked := filterAndRank(tx, q, scores)
		hits, err = finish(tx, q, ranked, limit)
		return err
	})
	return hits, err
}

// candidates returns every live brief matching all words and phrase words,
// with its score, or nil when the query has neither.
func candidates(tx *bolt.Tx, q query) map[docID]float64 {
	n := float64(max(liveCount(tx), 1))
	var result map[docID]float64
	need := func(w string, prefix bool) {
		m, ok := newWordMatch(w, prefix)
		if !ok || result != nil && len(result) == 0 {
			return
		}
		found := scanTerm(tx, m, n)
		if result == nil {
			result = found
			return
		}
		for d, s := range result {
			if f, ok := found[d]; ok {
				result[d] = s + f
			} else {
				delete(result, d)
			}
		}
	}
	for _, w := range q.words {
		need(w, true)
	}
	for _, p := range q.phrases {
		for _, w := range p {
			need(w, false)
		}
	}
	if len(q.words) == 0 && len(q.phrases) == 0 {
		return nil // filters only
	}
	if result == nil {
		// Only stop words. Alone they match nothing; in a phrase, every
		// brief is a candidate for the phrase check.
		result = map[docID]float64{}
		if len(q.phrases) > 0 {
			tx.Bucket(bucketSummaries).ForEach(func(k, _ []byte) error {
				result[toDocID(k)] = 0
				return nil
			})
		}
	}
	return result
}

// scanTerm returns the briefs containing a term the word matches, each
// with its best score for it. It seeks the word's terms in every block.
func scanTerm(tx *bolt.Tx, m wordMatch, n float64) map[docID]float64 {
	type posting struct {
		id docID
		w  float64
	}
	byTerm := map[string][]posting{}
	c := tx.Bucket(bucketIndex).Cursor()
	blocks := uint32((indexedCount(tx) + blockSize - 1) / blockSize)
	seeks := m.seeks()
	var lastTerm, seek []byte
	var list []posting
	for blk := uint32(0); blk < blocks; blk++ {
		for _, part := range seeks {
			seek = append(binary.BigEndian.AppendUint32(seek[:0], blk), part...)
			for k, v := c.Seek(seek); k != nil && bytes.HasPrefix(k, seek); k, v = c.Next() {
				term, id8, ok := splitIndexKey(k)
				if !ok || len(v) != numFields {
					continue
				}
				if !bytes.Equal(term, lastTerm) {
					if len(lastTerm) > 0 {
						byTerm[string(lastTerm)] = list
					}
					lastTerm = append(lastTerm[:0], term...)
					list = byTerm[string(term)]
				}
				list = append(list, posting{toDocID(id8), fieldWeight(counts(v))})
			}
			if len(lastTerm) > 0 {
				byTerm[string(lastTerm)] = list
				lastTerm, list = lastTerm[:0], nil
			}
		}
	}
	out := map[docID]float64{}
	for term, list := range byTerm {
		idf := math.Log(1 + n/float64(len(list)))
		if term != m.stem {
			idf *= prefixFactor
		}
		for _, p := range list {
			if s := p.w * idf; s > out[p.id] {
				out[p.id] = s
			}
		}
	}
	return out
}

// fieldWeight ranks where a term occurs: any title or party match outranks
// any item match, which outranks any number of source matches.
func fieldWeight(c counts) float64 {
	w := 0.0
	if c[fieldTitle] > 0 {
		w += 5
	}
	if c[fieldParties] > 0 {
		w += 4
	}
	if c[fieldItems] > 0 {
		w += 2
	}
	if c[fieldSource] > 0 {
		w += 0.5 + 0.05*float64(min(c[fieldSource], 10))
	}
	return w
}

// toDocID reads a brief ID as stored in a key: 8 bytes or 16 hex digits.
func toDocID(k []byte) docID {
	var d docID
	if len(k) == 8 {
		copy(d[:], k)
	} else {
		hex.Decode(d[:], k)
	}
	return d
}

type scored struct {
	id    docID
	score float64
}

// filterAndRank applies the tag and date filters and sorts best first,
// newest first among equals. scores nil means every live brief.
func filterAndRank(tx *bolt.Tx, q query, scores map[docID]float64) *ranking {
	if scores == nil {
		scores = map[docID]float64{}
		if len(q.tags) > 0 {
			for _, id := range taggedIDs(tx, q.tags[0]) {
				scores[toDocID(id)] = 0
			}
		} else {
			tx.Bucket(bucketSummaries).ForEach(func(k, _ []byte) error {
				scores[toDocID(k)] = 0
				return nil
			})
		}
	}
	for _, tag := range q.tags {
		tagged := map[docID]bool{}
		for _, id := range taggedIDs(tx, tag) {
			tagged[toDocID(id)] = true
		}
		for d := range scores {
			if !tagged[d] {
				delete(scores, d)
			}
		}
	}
	if q.before != "" || q.after != "" {
		// One pass over the dates in key order beats a lookup per brief.
		tx.Bucket(bucketDates).ForEach(func(k, v []byte) error {
			day := string(v)
			if q.before != "" && day >= q.before || q.after != "" && day <= q.after {
				delete(scores, toDocID(k))
			}
			return nil
		})
	}
	out := make(ranking, 0, len(scores))
	for d, s := range scores {
		out = append(out, scored{d, s})
	}
	heap.Init(&out)
	return &out
}

// ranking is a max-heap of briefs: best score first, newest first among
// equals. Popping only the hits needed beats sorting thousands.
type ranking []scored

func (r ranking) Len() int { return len(r) }
func (r ranking) Less(i, j int) bool {
	if r[i].score != r[j].score {
		return r[i].score > r[j].score
	}
	return bytes.Compare(r[i].id[:], r[j].id[:]) > 0
}
func (r ranking) Swap(i, j int) { r[i], r[j] = r[j], r[i] }
func (r *ranking) Push(x any)   { *r = append(*r, x.(scored)) }
func (r *ranking) Pop() any {
	old := *r
	x := old[len(old)-1]
	*r = old[:len(old)-1]
	return x
}

func hexID(d docID) []byte { return []byte(hex.EncodeToString(d[:])) }

// maxReads bounds the briefs one search reads to check phrases and cut
// snippets, so that a phrase of common words cannot stall the search.
const maxReads = 2000

// finish turns the best ranked briefs into hits with snippets, dropping
// those whose phrases do not appear as written.
func finish(tx *bolt.Tx, q query, ranked *ranking, limit int) ([]Hit, error) {
	hits := []Hit{}
	sums := tx.Bucket(bucketSummaries)
	for reads := 0; len(hits) < limit && ranked.Len() > 0 && reads < maxReads; reads++ {
		r := heap.Pop(ranked).(scored)
		id := hexID(r.id)
		s, err := decodeSummary(sums.Get(id))
		if err != nil {
			return nil, fmt.Errorf("brief %s: damaged list entry: %w", id, err)
		}
		if len(q.words) > 0 || len(q.phrases) > 0 {
			b, err := getTx(tx, string(id))
			if err != nil {
				return nil, err
			}
			snip, ok := matchSnippet(b, q)
			if !ok {
				continue
			}
			s.Snippet = snip
		}
		hits = append(hits, Hit{Summary: s, Score: math.Round(r.score*1000) / 1000})
	}
	return hits, nil
}
