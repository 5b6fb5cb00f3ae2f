package app

import "strings"

// splitNames splits a "; "- or ","-separated list of names typed in one
// field into trimmed, non-empty names.
func splitNames(s string) []string {
	out := []string{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// joinNames shows a list of names in one field.
func joinNames(names []string) string { return strings.Join(names, "; ") }
