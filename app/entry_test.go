package app

import (
	"strings"
	"testing"
)

func TestRowsFor(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 1},
		{"short", 1},
		{strings.Repeat("x", 50), 1},
		{strings.Repeat("x", 51), 2},
		{strings.Repeat("é", 100), 2},
		{strings.Repeat("x", 5000), maxRows},
	}
	for _, tt := range tests {
		if got := rowsFor(tt.text); got != tt.want {
			t.Errorf("rowsFor(%d chars) = %d, want %d", len(tt.text), got, tt.want)
		}
	}
}

func TestWrapRows(t *testing.T) {
	tests := []struct {
		text, box float32
		want      int
	}{
		{0, 300, 1},
		{100, 0, 1},
		{100, 300, 1},
		{280, 300, 2}, // nearly full: wrapping needs a second row
		{500, 300, 2},
		{900, 300, 4},
		{10000, 300, maxRows},
	}
	for _, tt := range tests {
		if got := wrapRows(tt.text, tt.box); got != tt.want {
			t.Errorf("wrapRows(%v, %v) = %d, want %d", tt.text, tt.box, got, tt.want)
		}
	}
}
