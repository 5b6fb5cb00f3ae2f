package parties

import "testing"

// TestKindNamedRoles checks that a role opening with a word for a kind of
// body names the one organisation of that kind the article names, and
// that a body named before a person's office is their affiliation.
func TestKindNamedRoles(t *testing.T) {
	checkAffiliations(t, "2026-03-12", []affiliationCase{
		{"Talks with the Millbrook Teachers Association stalled. Association President Greg Tanaka said his members would not accept the deal.",
			"Greg Tanaka", "Millbrook Teachers Association"},
		{"The Kestrel Consumer Fairness Commission fined Loopwave. Commission chair Priya Raman said the firm had misled users.",
			"Priya Raman", "Kestrel Consumer Fairness Commission"},
		// A body's acronym before an office the role is read without.
		{"The Uganda Cricket Board (UCB) and the Kenya Cricket Federation (KCF) postponed the tour.\n\nUCB Chief Executive Officer Martin Ssekandi said the pitches were unsafe.",
			"Martin Ssekandi", "Uganda Cricket Board"},
		// A body's name, or its name and acronym in brackets, before an office in lower case.
		{"The renewed agreement was signed by Calvera Port Authority (CPA) chairman Tomas Arrieta and Oceanic Gateway Terminals chief executive Lena Vasquez-Hoyt on Tuesday.",
			"Lena Vasquez-Hoyt", "Oceanic Gateway Terminals"},
		{"The renewed agreement was signed by Calvera Port Authority (CPA) chairman Tomas Arrieta and Oceanic Gateway Terminals chief executive Lena Vasquez-Hoyt on Tuesday.",
			"Tomas Arrieta", "Calvera Port Authority"},
		// Two bodies of that kind: whose office it is stays open.
		{"The Dock Workers Association and the Pilots Association met. Association President Greg Tanaka said the talks went well.",
			"Greg Tanaka", ""},
		// A party is often named without the word "Party".
		{"Civic Forward and the Homeland Party traded blows. Party leader Helena Varga said she would raise taxes.",
			"Helena Varga", ""},
	})
}

// affiliationCase is a text, a person it names and the affiliation the
// person should get ("" for none).
type affiliationCase struct {
	text, name, affil string
}

// checkAffiliations drafts each case's text as published on published
// and checks the affiliation of its person.
func checkAffiliations(t *testing.T, published string, cases []affiliationCase) {
	t.Helper()
	for _, tc := range cases {
		if got, ok := partyField(t, tc.text, published, tc.name, partyAffiliation); ok && got != tc.affil {
			t.Errorf("%q: %s affiliation %q, want %q", tc.text, tc.name, got, tc.affil)
		}
	}
}
