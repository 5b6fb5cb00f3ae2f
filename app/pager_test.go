package app

import (
	"errors"
	"testing"
)

func TestPager(t *testing.T) {
	const total = 25
	calls := 0
	fail := false
	p := newPager(10, func(offset, limit int) ([]int, error) {
		calls++
		if fail {
			return nil, errors.New("disk gone")
		}
		var out []int
		for i := offset; i < min(offset+limit, total); i++ {
			out = append(out, i*2)
		}
		return out, nil
	})
	tests := []struct {
		i      int
		want   int
		ok     bool
		calls  int
		cached int
	}{
		{0, 0, true, 1, 1},
		{9, 18, true, 1, 1},
		{10, 20, true, 2, 2},
		{24, 48, true, 3, 3},
		{25, 0, false, 3, 3},
		{3, 6, true, 3, 3},
		{-1, 0, false, 3, 3},
	}
	for _, tt := range tests {
		got, ok := p.row(tt.i)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("row(%d) = %d %v, want %d %v", tt.i, got, ok, tt.want, tt.ok)
		}
		if calls != tt.calls || p.cached() != tt.cached {
			t.Errorf("after row(%d): %d fetches, %d pages; want %d, %d", tt.i, calls, p.cached(), tt.calls, tt.cached)
		}
	}
	fail = true
	if _, ok := p.row(35); ok {
		t.Error("row from a failing fetch reported ok")
	}
	if err := p.takeErr(); err == nil || p.takeErr() != nil {
		t.Errorf("takeErr = %v then not cleared", err)
	}
}
