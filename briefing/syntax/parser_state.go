package syntax

// The parser is arc-eager (Nivre 2003) over positions 0..n, where 0 is an
// artificial root and word i of the sentence is position i+1.

// Transitions: shift, reduce, and left-arc and right-arc with a relation.
const (
	tShift  = 0
	tReduce = 1
)

func leftArc(rel int) int  { return 2 + 2*rel }
func rightArc(rel int) int { return 3 + 2*rel }

// transitionRel returns the relation of an arc transition.
func transitionRel(t int) int { return (t - 2) / 2 }

// node is what the parser knows about a position while it parses.
type node struct {
	head, rel  int    // -1 until attached
	l1, l2     int    // leftmost and second leftmost child, or -1
	r1, r2     int    // rightmost and second rightmost child, or -1
	lv, rv     int    // number of left and right children
	lset, rset uint64 // relations of the left and right children, as bits
}

// state is a parser configuration.
type state struct {
	n     int // number of positions (words + 1)
	stack []int
	buf   int // the buffer is positions buf..n-1
	nodes []node
}

func newState(words int, s *state) *state {
	if s == nil {
		s = &state{}
	}
	s.n = words + 1
	s.stack = append(s.stack[:0], 0)
	s.buf = 1
	if cap(s.nodes) < s.n {
		s.nodes = make([]node, s.n)
	}
	s.nodes = s.nodes[:s.n]
	for i := range s.nodes {
		s.nodes[i] = node{head: -1, rel: -1, l1: -1, l2: -1, r1: -1, r2: -1}
	}
	return s
}

func (s *state) done() bool { return s.buf >= s.n }

func (s *state) s0() int { return s.stack[len(s.stack)-1] }

// valid reports whether transition t (ignoring its relation) may be taken.
// The root takes one dependent only, so the tree has a single root word.
func (s *state) valid(t int) bool {
	if s.done() {
		return false
	}
	s0 := s.s0()
	switch {
	case t == tShift:
		return true
	case t == tReduce:
		return s0 != 0 && s.nodes[s0].head >= 0
	case t%2 == 0: // left-arc
		return s0 != 0 && s.nodes[s0].head < 0
	default: // right-arc
		return s0 != 0 || s.nodes[0].rv == 0
	}
}

// apply takes transition t.
func (s *state) apply(t int) {
	s0 := s.s0()
	switch {
	case t == tShift:
		s.stack = append(s.stack, s.buf)
		s.buf++
	case t == tReduce:
		s.stack = s.stack[:len(s.stack)-1]
	case t%2 == 0:
		s.attach(s.buf, s0, transitionRel(t))
		s.stack = s.stack[:len(s.stack)-1]
	default:
		s.attach(s0, s.buf, transitionRel(t))
		s.stack = append(s.stack, s.buf)
		s.buf++
	}
}

func (s *state) attach(head, dep, rel int) {
	d, h := &s.nodes[dep], &s.nodes[head]
	d.head, d.rel = head, rel
	if dep < head {
		h.l2, h.l1 = h.l1, dep
		h.lv++
		h.lset |= 1 << uint(rel%64)
	} else {
		h.r2, h.r1 = h.r1, dep
		h.rv++
		h.rset |= 1 << uint(rel%64)
	}
}
