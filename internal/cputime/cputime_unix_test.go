//go:build unix

package cputime

import "testing"

func TestUsedGrowsWithWork(t *testing.T) {
	start := Used()
	x := 0
	for i := range 200_000_000 {
		x ^= i
	}
	if Used() <= start {
		t.Fatalf("no processor time counted for a busy loop (%d)", x)
	}
}
