package syntax

// parseContext holds a sentence's word and tag hashes by position (0 is the
// root) for the parser's features.
type parseContext struct {
	w  []uint64 // word (normalised form)
	p  []uint64 // tag
	wp []uint64 // word and tag
	sh []uint64 // last three letters and shape
	u  []uint64 // universal part of speech alone
	ss []uint64 // a noun's or verb's semantic class, other words themselves (empty: no such features)
	vb []int    // verbs before each position (empty: no features of the words between)
	pb []int    // punctuation marks before each position
}

const noPos = ^uint64(0) >> 1 // the hash of an absent position

// newParseContext fills ctx (or a new context) for a sentence, with the
// tables of parser p's features.
func newParseContext(infos []wordInfo, tags []int, p *Parser, ctx *parseContext) *parseContext {
	coarse, kinds := p.coarse, p.kinds
	if ctx == nil {
		ctx = &parseContext{}
	}
	n := len(infos) + 1
	ctx.w, ctx.p, ctx.wp, ctx.sh = resize(ctx.w, n), resize(ctx.p, n), resize(ctx.wp, n), resize(ctx.sh, n)
	ctx.u, ctx.ss = resize(ctx.u, n), resize(ctx.ss, n)
	ctx.w[0], ctx.p[0], ctx.wp[0], ctx.sh[0], ctx.u[0], ctx.ss[0] = 7, 7, 7, 7, 7, 7
	if kinds == nil {
		ctx.ss = ctx.ss[:0]
	}
	for i, inf := range infos {
		ctx.w[i+1] = inf.norm
		ctx.p[i+1] = uint64(tags[i]) + 11
		ctx.wp[i+1] = uint64(mix(99, inf.norm, uint64(tags[i]), 0))
		ctx.sh[i+1] = uint64(mix(98, inf.suf3, inf.shape, 0))
		ctx.u[i+1] = coarse[tags[i]]
		if kinds != nil {
			ctx.ss[i+1] = semanticClass(inf, kinds[tags[i]], ctx.p[i+1])
		}
	}
	ctx.vb, ctx.pb = ctx.vb[:0], ctx.pb[:0]
	if p.marks != nil {
		ctx.vb, ctx.pb = append(ctx.vb, 0, 0), append(ctx.pb, 0, 0)
		for i := 0; i+1 < len(tags); i++ {
			m := p.marks[tags[i]]
			ctx.vb = append(ctx.vb, ctx.vb[i+1]+btoi(m == markVerb))
			ctx.pb = append(ctx.pb, ctx.pb[i+1]+btoi(m == markPunct))
		}
	}
	return ctx
}

// between returns how many verbs and punctuation marks (each counted up to
// 2) lie strictly between positions a < b, as one number.
func (c *parseContext) between(a, b int) uint64 {
	if a < 0 || b < 0 || b >= len(c.vb) {
		return 9
	}
	v, p := min(c.vb[b]-c.vb[a+1], 2), min(c.pb[b]-c.pb[a+1], 2)
	return uint64(3*v + p)
}

// semanticClass is what the parser's semantic features see of a word: the
// lexicon's class of its first sense for a noun or a verb (its tag when the
// lexicon lacks it), the word itself otherwise.
func semanticClass(inf wordInfo, kind uint8, tag uint64) uint64 {
	var sense uint32
	switch kind {
	case kindNoun:
		sense = nounSense(inf.entry)
	case kindVerb:
		sense = verbSense(inf.entry)
	default:
		return inf.norm
	}
	if sense == 0 {
		return uint64(mix(101, tag, 0, 0))
	}
	return uint64(mix(102, uint64(kind), uint64(sense), 0))
}

func resize(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	return s[:n]
}

// bucket folds a distance into a few classes.
func bucket(d int) uint64 {
	switch {
	case d < 5:
		return uint64(d)
	case d < 8:
		return 5
	case d < 12:
		return 6
	}
	return 7
}

// parseFeatures appends the features of state s (Zhang and Nivre 2011: words
// and tags of the stack top, the buffer front and their children and heads,
// distance, valency and the relations of children) to out.
func parseFeatures(out []feature, s *state, c *parseContext, relNone uint64) []feature {
	pos := func(i int) int { return i }
	W := func(i int) uint64 {
		if i < 0 {
			return noPos
		}
		return c.w[i]
	}
	P := func(i int) uint64 {
		if i < 0 {
			return noPos
		}
		return c.p[i]
	}
	WP := func(i int) uint64 {
		if i < 0 {
			return noPos
		}
		return c.wp[i]
	}
	SH := func(i int) uint64 {
		if i < 0 {
			return noPos
		}
		return c.sh[i]
	}
	SS := func(i int) uint64 {
		if i < 0 {
			return noPos
		}
		return c.ss[i]
	}
	U := func(i int) uint64 {
		if i < 0 {
			return noPos
		}
		return c.u[i]
	}
	L := func(i int) uint64 {
		if i < 0 || s.nodes[i].rel < 0 {
			return relNone
		}
		return uint64(s.nodes[i].rel)
	}
	at := func(i int) int {
		if i < s.n {
			return i
		}
		return -1
	}
	s0 := s.s0()
	n0, n1, n2 := pos(s.buf), at(s.buf+1), at(s.buf+2)
	var s0h, s0h2 int = -1, -1
	if s0 >= 0 {
		s0h = s.nodes[s0].head
		if s0h >= 0 {
			s0h2 = s.nodes[s0h].head
		}
	}
	sn, nn := s.nodes[s0], s.nodes[n0]
	s0l, s0l2, s0r, s0r2 := sn.l1, sn.l2, sn.r1, sn.r2
	n0l, n0l2 := nn.l1, nn.l2
	s1 := -1
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	d := bucket(n0 - s0)
	if s0 == 0 {
		d = 15
	}
	out = append(out,
		mix(1, WP(s0), 0, 0), mix(2, W(s0), 0, 0), mix(3, P(s0), 0, 0),
		mix(4, WP(n0), 0, 0), mix(5, W(n0), 0, 0), mix(6, P(n0), 0, 0),
		mix(7, WP(n1), 0, 0), mix(8, W(n1), 0, 0), mix(9, P(n1), 0, 0),
		mix(10, WP(n2), 0, 0), mix(11, W(n2), 0, 0), mix(12, P(n2), 0, 0),
		// pairs
		mix(13, WP(s0), WP(n0), 0), mix(14, WP(s0), W(n0), 0), mix(15, W(s0), WP(n0), 0),
		mix(16, WP(s0), P(n0), 0), mix(17, P(s0), WP(n0), 0), mix(18, W(s0), W(n0), 0),
		mix(19, P(s0), P(n0), 0), mix(20, P(n0), P(n1), 0),
		// triples of tags
		mix(21, P(n0), P(n1), P(n2)), mix(22, P(s0), P(n0), P(n1)), mix(23, P(s0h), P(s0), P(n0)),
		mix(24, P(s0), P(s0l), P(n0)), mix(25, P(s0), P(s0r), P(n0)), mix(26, P(s0), P(n0), P(n0l)),
		// distance
		mix(27, W(s0), d, 0), mix(28, P(s0), d, 0), mix(29, W(n0), d, 0), mix(30, P(n0), d, 0),
		mix(31, W(s0), W(n0), d), mix(32, P(s0), P(n0), d),
		// valency
		mix(33, W(s0), uint64(sn.rv), 0), mix(34, P(s0), uint64(sn.rv), 0),
		mix(35, W(s0), uint64(sn.lv), 0), mix(36, P(s0), uint64(sn.lv), 0),
		mix(37, W(n0), uint64(nn.lv), 0), mix(38, P(n0), uint64(nn.lv), 0),
		// second order: heads and children
		mix(39, W(s0h), 0, 0), mix(40, P(s0h), 0, 0), mix(41, L(s0), 0, 0),
		mix(42, W(s0l), 0, 0), mix(43, P(s0l), 0, 0), mix(44, L(s0l), 0, 0),
		mix(45, W(s0r), 0, 0), mix(46, P(s0r), 0, 0), mix(47, L(s0r), 0, 0),
		mix(48, W(n0l), 0, 0), mix(49, P(n0l), 0, 0), mix(50, L(n0l), 0, 0),
		// third order
		mix(51, W(s0h2), 0, 0), mix(52, P(s0h2), 0, 0), mix(53, L(s0h), 0, 0),
		mix(54, W(s0l2), 0, 0), mix(55, P(s0l2), 0, 0), mix(56, L(s0l2), 0, 0),
		mix(57, W(s0r2), 0, 0), mix(58, P(s0r2), 0, 0), mix(59, L(s0r2), 0, 0),
		mix(60, W(n0l2), 0, 0), mix(61, P(n0l2), 0, 0), mix(62, L(n0l2), 0, 0),
		mix(63, P(s0), P(s0l), P(s0l2)), mix(64, P(s0), P(s0r), P(s0r2)),
		mix(65, P(s0), P(s0h), P(s0h2)), mix(66, P(n0), P(n0l), P(n0l2)),
		// label sets
		mix(67, W(s0), sn.rset, 0), mix(68, P(s0), sn.rset, 0),
		mix(69, W(s0), sn.lset, 0), mix(70, P(s0), sn.lset, 0),
		mix(71, W(n0), nn.lset, 0), mix(72, P(n0), nn.lset, 0),
		// the word below the stack top, and whether the top has a head
		mix(73, P(s1), P(s0), P(n0)), mix(74, WP(s1), P(n0), 0),
		mix(75, P(s0), P(n0), boolHash(sn.head >= 0)), mix(76, W(s0), W(n0), boolHash(sn.head >= 0)),
		mix(77, P(s0), L(s0), P(n0)),
		mix(78, SH(s0), P(n0), 0), mix(79, P(s0), SH(n0), 0), mix(80, SH(n1), P(n0), 0),
		// universal tags alone, less exposed to the tagger's finer mistakes
		mix(81, U(s0), U(n0), 0), mix(82, U(s0), U(n0), U(n1)), mix(83, U(s0h), U(s0), U(n0)),
		mix(84, W(s0), U(n0), 0), mix(85, U(s0), W(n0), 0), mix(86, U(s0), U(n0), d),
		mix(87, U(s0), U(s0l), U(n0)), mix(88, U(s0), U(s0r), U(n0)), mix(89, U(n0), U(n0l), U(s0)),
	)
	if len(c.vb) > 0 {
		// what lies between the stack top and the buffer front: a verb or a
		// comma there makes an attachment across it less likely
		bt := c.between(s0, n0)
		out = append(out,
			mix(110, P(s0), P(n0), bt), mix(111, U(s0), U(n0), bt), mix(112, W(s0), U(n0), bt),
			mix(113, U(s0), W(n0), bt), mix(114, U(s0), U(n0), bt*16+d), mix(115, P(s1), P(n0), c.between(s1, n0)),
		)
	}
	if len(c.ss) == 0 {
		return out
	}
	return append(out,
		// semantic classes, which generalise over words (and a preposition,
		// n0's leftmost child, with them)
		mix(90, SS(s0), SS(n0), 0), mix(91, SS(s0), P(n0), 0), mix(92, P(s0), SS(n0), 0),
		mix(93, SS(s0), SS(n0), W(n0l)), mix(94, SS(s0), W(n0l), P(n0)), mix(95, SS(s0), SS(n0), d),
		mix(96, SS(n0), SS(n1), 0),
	)
}

func boolHash(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
