package parties

import (
	"slices"
	"testing"
)

// TestDefinedShortNames checks a release that defines the short names of
// the companies it speaks of, and the organs of a body before its name.
func TestDefinedShortNames(t *testing.T) {
	d := draftDoc(t, "The Boards of Kelby Minerals plc (\"Kelby\" or the \"Company\") and Velsia Mining S.A. (\"Velsia\") announce a merger. Kelby shareholders will own 54%. Velsia will keep its listing in Lisbon.", "2026-02-09")
	for name, short := range map[string]string{"Kelby Minerals plc": "Kelby", "Velsia Mining S.A.": "Velsia"} {
		p := findParty(d.Parties, name)
		if p == nil || p.Kind != "organisation" || !slices.Contains(p.Aliases, short) {
			t.Errorf("company %q with short name %q missing from %v: %+v", name, short, names(d.Parties), p)
		}
	}
	checkNoParties(t, d.Parties, "a defined term or a body's organs", "Boards of Kelby Minerals plc", "Company", "Boards")
}
