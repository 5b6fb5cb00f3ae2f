package text

import "testing"

func TestDateLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Halifax, 16 June 2026":                 true,
		"As of 8 September 2025":                true,
		"Wednesday 12 November 2025":            true,
		"Updated: March 3, 2026":                true,
		"G7 Leaders' Communiqué":                false,
		"Floods hit Halifax on 16 June":         false,
		"June 2026 budget: what it means":       false,
		"Talks in Geneva, 16 June 2026, failed": false,
	} {
		if got := DateLine(s); got != want {
			t.Errorf("DateLine(%q) = %v, want %v", s, got, want)
		}
	}
}
