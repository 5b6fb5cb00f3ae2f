package syntax

// Tagger assigns each word a joint UPOS and XPOS tag with an averaged
// perceptron: a greedy left-to-right pass, then a second pass that also sees
// the first pass's tags of the words to the right.
type Tagger struct {
	tags    []string // class → "UPOS XPOS"
	dict    map[string]int
	lexical bool // the tagger reads the word classes of the model's lexicon
	first   *weights
	second  *weights
}

// tagFeatures appends the features of word i of infos to out; tags holds the
// tags decided so far (left of i) and, in the second pass (right != nil),
// right holds the first pass's tags. With lexical, it also reads the parts
// of speech a dictionary gives the word and its neighbours (lexTagBits:
// noun, name, verb, adjective, adverb and which has most senses; not the
// inflection guessed from the ending) where their case allows, and their
// case where it does not (see setTagClasses).
func tagFeatures(out []feature, infos []wordInfo, i int, left []int, right []int, lexical bool) []feature {
	at := func(k int) wordInfo {
		switch {
		case k < 0:
			return padBefore
		case k >= len(infos):
			return padAfter
		}
		return infos[k]
	}
	tagAt := func(ts []int, k int) uint64 {
		switch {
		case k < 0:
			return 1 << 40
		case k >= len(ts):
			return 2 << 40
		}
		return uint64(ts[k]) + 3
	}
	w, p, pp, n, nn := at(i), at(i-1), at(i-2), at(i+1), at(i+2)
	t1, t2 := tagAt(left, i-1), tagAt(left, i-2)
	firstCap := uint64(0)
	if i == 0 {
		firstCap = 1
	}
	out = append(out,
		mix(1, 0, 0, 0),
		mix(2, w.norm, 0, 0),
		mix(3, w.form, 0, 0),
		mix(4, w.suf1, 0, 0),
		mix(5, w.suf2, 0, 0),
		mix(6, w.suf3, 0, 0),
		mix(7, w.suf4, 0, 0),
		mix(8, w.pre1, 0, 0),
		mix(9, w.pre3, 0, 0),
		mix(10, w.shape, firstCap, 0),
		mix(11, t1, 0, 0),
		mix(12, t1, t2, 0),
		mix(13, t1, w.norm, 0),
		mix(14, p.norm, 0, 0),
		mix(15, p.suf3, 0, 0),
		mix(16, pp.norm, 0, 0),
		mix(17, n.norm, 0, 0),
		mix(18, n.suf3, 0, 0),
		mix(19, nn.norm, 0, 0),
		mix(20, p.norm, w.norm, 0),
		mix(21, w.norm, n.norm, 0),
		mix(22, n.shape, 0, 0),
		mix(23, p.shape, 0, 0),
		mix(24, t1, w.suf3, 0),
		mix(25, p.norm, w.norm, n.norm),
		mix(26, w.norm, n.suf3, 0),
		mix(27, p.suf3, w.suf3, 0),
		mix(28, n.pre1, 0, 0),
		mix(29, t1, n.norm, 0),
		mix(30, nn.suf3, 0, 0),
	)
	if lexical {
		cw, cn, cp := w.tagClass, n.tagClass, p.tagClass
		out = append(out,
			mix(50, cw, 0, 0),
			mix(51, cw, t1, 0),
			mix(52, cn, 0, 0),
			mix(53, cw, cn, 0),
			mix(54, cp, cw, 0),
			mix(55, cw, w.suf3, 0),
		)
	}
	if right != nil {
		r1, r2 := tagAt(right, i+1), tagAt(right, i+2)
		out = append(out,
			mix(40, r1, 0, 0),
			mix(41, r1, r2, 0),
			mix(42, t1, r1, 0),
			mix(43, r1, w.norm, 0),
			mix(44, r1, w.suf3, 0),
			mix(45, r1, r2, w.norm),
			mix(46, t1, r1, w.suf3),
		)
	}
	return out
}

// tagPass tags infos greedily, adding up the weights of each word's
// features with score; right is nil in the first pass; lexical as for
// tagFeatures.
func tagPass[S int32 | float32](dict map[string]int, classes int, score func([]feature, []S), infos []wordInfo, right []int, lexical bool) []int {
	tags := make([]int, 0, len(infos))
	scores := make([]S, classes)
	var feats []feature
	for i := range infos {
		if c, ok := dict[infos[i].normS]; ok {
			tags = append(tags, c)
			continue
		}
		feats = tagFeatures(feats[:0], infos, i, tags, right, lexical)
		clear(scores)
		score(feats, scores)
		tags = append(tags, argmax(scores))
	}
	return tags
}

// Tag returns the tag class of each word.
func (t *Tagger) tag(infos []wordInfo) []int {
	first := tagPass(t.dict, len(t.tags), t.first.score, infos, nil, t.lexical)
	return tagPass(t.dict, len(t.tags), t.second.score, infos, first, t.lexical)
}

// argmax returns the index of the largest score (the first on ties).
func argmax[S int32 | float32](scores []S) int {
	best := 0
	for k, s := range scores {
		if s > scores[best] {
			best = k
		}
	}
	return best
}
