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

func TestPlural(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0 briefs"},
		{1, "1 brief"},
		{999, "999 briefs"},
		{1000, "1,000 briefs"},
		{10000, "10,000 briefs"},
		{1234567, "1,234,567 briefs"},
		{-1500, "-1,500 briefs"},
	}
	for _, tt := range tests {
		if got := plural(tt.n, "brief", "briefs"); got != tt.want {
			t.Errorf("plural(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
