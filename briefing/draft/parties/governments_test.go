package parties

import (
	"slices"
	"testing"
)

// TestGovernmentOfAStateTheGazetteerLacks checks that "the Government of
// Kasundi" and "Kasundi" are one state when the gazetteer does not know
// it.
func TestGovernmentOfAStateTheGazetteerLacks(t *testing.T) {
	d := draftDoc(t, "The Council will consider lifting the arms embargo on the Government of Kasundi. The representative of Kasundi said her Government accepted the renewal.", "2025-11-20")
	p := findParty(d.Parties, "Government of Kasundi")
	if p == nil {
		p = findParty(d.Parties, "Kasundi")
	}
	if p == nil || p.Kind != "country" || !slices.Contains(append(p.Aliases, p.Name), "Kasundi") || !slices.Contains(append(p.Aliases, p.Name), "Government of Kasundi") {
		t.Errorf("want one state Kasundi with its government as an alias, got %v: %+v", names(d.Parties), p)
	}
}

// TestStyledGovernments checks that a government named with a style of
// rule ("the Royal Thai Government", "the Federal Government of
// Nigeria") is its state.
func TestStyledGovernments(t *testing.T) {
	for _, tc := range []struct{ text, state, alias string }{
		{"The Royal Thai Government agreed to extend the ceasefire.", "Thailand", "Royal Thai Government"},
		{"The Federal Government of Nigeria agreed to extend the ceasefire.", "Nigeria", "Federal Government of Nigeria"},
	} {
		d := draftDoc(t, tc.text, "2026-05-15")
		p := findParty(d.Parties, tc.state)
		if p == nil || p.Kind != "country" || !slices.Contains(p.Aliases, tc.alias) {
			t.Errorf("%q: want %s with alias %q, got %v", tc.text, tc.state, tc.alias, names(d.Parties))
		}
	}
}
