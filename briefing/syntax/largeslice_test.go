package syntax

import (
	"runtime"
	"testing"
)

// A large slice of weights comes zeroed, holds what is written anywhere in
// it, and on Linux lies in memory of its own (which the model's weights
// are read from); a small one is an ordinary slice.
func TestLargeSlice(t *testing.T) {
	cases := []struct {
		name   string
		n      int
		mapped bool
	}{
		{"small", 1000, false},
		{"large", 3 << 20, runtime.GOOS == "linux"},
	}
	for _, c := range cases {
		s, free := largeSlice[slot](c.n)
		if len(s) != c.n || (free != nil) != c.mapped {
			t.Fatalf("%s: %d values, mapped %v; want %d, mapped %v", c.name, len(s), free != nil, c.n, c.mapped)
		}
		for _, k := range []int{0, c.n / 2, c.n - 1} {
			if s[k] != (slot{}) {
				t.Fatalf("%s: value %d is not zero: %v", c.name, k, s[k])
			}
			s[k] = slot{key: feature(k), ref: 1}
		}
		if s[c.n-1].key != feature(c.n-1) || s[0].ref != 1 {
			t.Fatalf("%s: the slice does not keep what is written", c.name)
		}
		freeAll(free)
	}
}
