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
		{strings.Repeat("x", 70), 1},
		{strings.Repeat("x", 71), 2},
		{strings.Repeat("é", 140), 2},
		{strings.Repeat("x", 1000), 4},
	}
	for _, tt := range tests {
		if got := rowsFor(tt.text); got != tt.want {
			t.Errorf("rowsFor(%d chars) = %d, want %d", len(tt.text), got, tt.want)
		}
	}
}
