package syntax

import "testing"

// followOracle parses a sentence of n words by always taking the cheapest
// transition of the dynamic oracle and returns the tree it builds.
func followOracle(t *testing.T, heads []int, rels []int, names []string) ([]int, []int) {
	t.Helper()
	n := len(heads)
	gold, goldRel := make([]int, n+1), make([]int, n+1)
	for i := range heads {
		gold[i+1], goldRel[i+1] = heads[i]+1, rels[i]
	}
	nRel := len(names)
	p := &Parser{rels: names}
	s := newState(n, nil)
	cost := make([]int, 2+2*nRel)
	for steps := 0; !s.done(); steps++ {
		if steps > 4*n+4 {
			t.Fatalf("the oracle does not finish")
		}
		s.costs(gold, goldRel, nRel, cost)
		best := -1
		for k, c := range cost {
			if c >= 0 && (best < 0 || c < cost[best]) {
				best = k
			}
		}
		if cost[best] != 0 {
			t.Fatalf("no zero-cost transition in a projective tree (best costs %d)", cost[best])
		}
		s.apply(best)
	}
	return p.finish(s)
}

func TestOracleRebuildsProjectiveTrees(t *testing.T) {
	tests := []struct {
		name  string
		heads []int // -1 = root
		rels  []int // 0 is "root"
	}{
		{"one word", []int{-1}, []int{0}},
		{"head first", []int{-1, 0, 1, 2}, []int{0, 1, 2, 3}},
		{"head last", []int{3, 3, 3, -1}, []int{1, 2, 3, 0}},
		{"subject verb object with modifiers", []int{1, 2, -1, 4, 2, 2}, []int{1, 2, 0, 3, 4, 5}},
		{"two clauses", []int{1, -1, 3, 1, 3, 6, 3, 1}, []int{1, 0, 2, 3, 4, 1, 5, 5}},
		{"deep right branch", []int{-1, 0, 1, 2, 3, 4}, []int{0, 1, 1, 1, 1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			heads, rels := followOracle(t, tc.heads, tc.rels, []string{"root", "a", "b", "c", "d", "e"})
			for i := range heads {
				if heads[i] != tc.heads[i] || rels[i] != tc.rels[i] {
					t.Fatalf("word %d: got head %d rel %d, want %d %d", i, heads[i], rels[i], tc.heads[i], tc.rels[i])
				}
			}
		})
	}
}

func TestOracleRebuildsTreebankProjectiveTrees(t *testing.T) {
	blocks := devSample(t)
	exs, _, rels := examplesOf(blocks, nil)
	checked := 0
	for _, e := range exs {
		if !projective(e.heads) {
			continue
		}
		heads, got := followOracle(t, e.heads, e.rels, rels.names)
		for i := range heads {
			if heads[i] != e.heads[i] || got[i] != e.rels[i] {
				t.Fatalf("%v: word %d got head %d, want %d", e.forms, i, heads[i], e.heads[i])
			}
		}
		checked++
	}
	if checked < 250 {
		t.Fatalf("only %d projective trees checked", checked)
	}
}

// projective reports whether no two arcs of the tree cross.
func projective(heads []int) bool {
	for i, h := range heads {
		a, b := min(i, h), max(i, h)
		for j, g := range heads {
			c, d := min(j, g), max(j, g)
			if c < a && a < d && d < b || a < c && c < b && b < d {
				return false
			}
		}
	}
	return true
}

func TestInvalidTransitionsAreRefused(t *testing.T) {
	s := newState(2, nil)
	if s.valid(tReduce) || s.valid(leftArc(1)) {
		t.Fatal("the root may not be reduced or take a head")
	}
	if !s.valid(rightArc(0)) || !s.valid(tShift) {
		t.Fatal("shift and right-arc from the root are allowed at the start")
	}
	s.apply(rightArc(0))
	if s.valid(leftArc(1)) {
		t.Fatal("a word with a head may not take a second one")
	}
	s.apply(tReduce)
	if s.valid(rightArc(0)) {
		t.Fatal("the root takes one dependent only")
	}
}
