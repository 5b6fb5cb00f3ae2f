package app

import (
	"slices"
	"testing"
)

func TestSplitNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{"Morocco", []string{"Morocco"}},
		{"Morocco; China", []string{"Morocco", "China"}},
		{" Morocco ,China;; ", []string{"Morocco", "China"}},
		{";;", []string{}},
	}
	for _, tt := range tests {
		got := splitNames(tt.in)
		if !slices.Equal(got, tt.want) {
			t.Errorf("splitNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if tt.in != "" && len(got) > 0 && !slices.Equal(splitNames(joinNames(got)), got) {
			t.Errorf("join/split of %q does not round-trip", got)
		}
	}
}
