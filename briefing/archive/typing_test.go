package archive

import "testing"

func TestCheckQuery(t *testing.T) {
	tests := []struct {
		typed, ready string
		hinted       bool
	}{
		{"copper", "copper", false},
		{"copper before:", "copper ", false},
		{"copper before:2020-0", "copper ", false},
		{"copper before:2020-08-31", "copper before:2020-08-31", false},
		{"copper before:31/08/2020", "copper ", true},
		{"before:2020-13-01 copper", " copper", true},
		{"after:2020 copper after:2019-1", " copper ", true},
		{"tag:health before:2020-08-3", "tag:health ", false},
	}
	for _, tt := range tests {
		ready, hint := CheckQuery(tt.typed)
		if ready != tt.ready || (hint != "") != tt.hinted {
			t.Errorf("CheckQuery(%q) = %q, %q; want %q, hint %v", tt.typed, ready, hint, tt.ready, tt.hinted)
		}
		if _, err := parseQuery(ready); err != nil {
			t.Errorf("CheckQuery(%q) left a wrong query %q: %v", tt.typed, ready, err)
		}
	}
}
