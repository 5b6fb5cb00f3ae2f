package parties

import (
	"slices"
	"testing"
)

// TestShortNamesPastAForm checks that a one-word name shortens a name
// whose last word is a club's or a company's form ("the Lions" for
// "Lunsenga Lions FC"), while initials still spell the whole name.
func TestShortNamesPastAForm(t *testing.T) {
	cases := []struct{ construction, text, name, alias string }{
		{"the middle word of a club's name before FC",
			"Lunsenga Lions FC signed a lease with the city. The Lunsenga Lions Supporters' Trust said it would not back the deal. The Lions have played at a smaller ground since 2014.",
			"Lunsenga Lions FC", "Lions"},
		{"initials of a name with its form",
			"Shanghai Automotive Industry Corp will invest in the plant. SAIC said it would keep the staff.",
			"Shanghai Automotive Industry Corp", "SAIC"},
	}
	for _, c := range cases {
		if p := partyIn(t, c.construction, c.text, c.name); p != nil && !slices.Contains(p.Aliases, c.alias) {
			t.Errorf("%s: %q has aliases %q, want %q among them", c.construction, c.name, p.Aliases, c.alias)
		}
	}
}
