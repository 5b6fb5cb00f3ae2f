package syntax

// The dynamic oracle of Goldberg and Nivre (2012) for arc-eager: the cost of
// a transition is the number of gold arcs it makes unreachable. gold[i] is
// the gold head of position i (0 = root) and goldRel[i] its relation.

// reachableHead reports whether k, on the stack, can still become the head
// of the word at the front of the buffer.
func (s *state) reachableHead(k int) bool {
	return k != 0 || s.nodes[0].rv == 0
}

// costs fills cost[t] for every transition t that is valid (others get -1).
func (s *state) costs(gold, goldRel []int, rels int, cost []int) {
	for t := range cost {
		cost[t] = -1
	}
	s0, b := s.s0(), s.buf
	// What is lost by each unlabelled move.
	shift, reduce, left, right := 0, 0, 0, 0
	for _, k := range s.stack {
		if gold[b] == k && s.reachableHead(k) {
			shift++
		}
		if gold[k] == b && s.nodes[k].head < 0 && k != 0 {
			shift++
			right++
		}
		if k != s0 && gold[b] == k && s.reachableHead(k) {
			right++
		}
	}
	for k := b; k < s.n; k++ {
		if gold[k] == s0 {
			reduce++
			left++
		}
	}
	if gold[s0] > b && s0 != 0 {
		left++
	}
	if gold[b] > b {
		right++
	}
	if s.valid(tShift) {
		cost[tShift] = shift
	}
	if s.valid(tReduce) {
		cost[tReduce] = reduce
	}
	for r := 0; r < rels; r++ {
		if s.valid(leftArc(r)) {
			c := left
			if gold[s0] == b && goldRel[s0] != r {
				c++
			}
			cost[leftArc(r)] = c
		}
		if s.valid(rightArc(r)) {
			c := right
			if gold[b] == s0 && goldRel[b] != r {
				c++
			}
			cost[rightArc(r)] = c
		}
	}
}
