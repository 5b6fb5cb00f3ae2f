package parties

import (
	"slices"
	"testing"
)

// capitalCase is a text, a state and its capital, and whether the capital
// must be drafted as an alias of the state.
type capitalCase struct {
	construction, text, state, capital string
	alias                              bool
}

func TestCapitalIsTheStateOnlyWhereItActs(t *testing.T) {
	cases := []capitalCase{
		{"dateline", "NAIROBI, 3 June (Reuters) – Kenya agreed on Tuesday to lift the ban, officials said.", "Kenya", "NAIROBI", false},
		{"dateline with agency", "OTTAWA (Reuters) - Canada will raise tariffs on steel imports, the finance ministry said.", "Canada", "OTTAWA", false},
		{"government subject", "Kenya has closed the border. Nairobi said it would reopen the crossing next week.", "Kenya", "Nairobi", true},
		{"government object", "Peru recalled its envoy. Chile said it had warned Lima twice.", "Peru", "Lima", true},
		{"place of a trial", "Portugal said on Monday it would appeal. The trial in Lisbon lasted three weeks.", "Portugal", "Lisbon", false},
		{"place of a court", "Norway rejected the claim, but a court in Oslo upheld it on Friday.", "Norway", "Oslo", false},
		{"place of a meeting", "Ghana and Togo met at a summit near Accra, where Togo signed the pact.", "Ghana", "Accra", false},
		{"way to the city", "Chile has reopened its border, and travellers flew to Santiago on Sunday.", "Chile", "Santiago", false},
		{"parties of talks", "Spain wants a fisheries deal. Talks between Madrid and Rabat resume in March.", "Spain", "Madrid", true},
		{"qualifier of a meeting", "Spain wants a fisheries deal. He spoke on the opening day of the Madrid conference.", "Spain", "Madrid", false},
		{"qualifier of a government", "Spain wants a fisheries deal, and the Madrid government has said so.", "Spain", "Madrid", true},
		{"recipient of a letter", "Peru recalled its envoy after Chile sent a letter to Lima.", "Peru", "Lima", true},
		{"listed with other cities", "France launched the service. The area will include Paris, Lille, Lyon and Toulouse.", "France", "Paris", false},
		{"listed with another capital", "France wants a deal. Talks between Paris and Rabat resume in March.", "France", "Paris", true},
	}
	for _, tc := range cases {
		d := draftDoc(t, tc.text, "2021-01-01")
		p := findParty(d.Parties, tc.state)
		if p == nil {
			t.Errorf("%s: party %q not found in %v", tc.construction, tc.state, names(d.Parties))
			continue
		}
		if got := slices.Contains(p.Aliases, tc.capital); got != tc.alias {
			t.Errorf("%s: %q an alias of %s: %v, want %v (%v)", tc.construction, tc.capital, tc.state, got, tc.alias, p.Aliases)
		}
	}
}
