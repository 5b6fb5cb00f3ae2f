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

// TestDefinedTermsWithTheArticle checks a decision that defines the terms
// it calls its parties by, the article inside or outside the quotation
// marks: each term is an alias of the name before it, no party of its own.
func TestDefinedTermsWithTheArticle(t *testing.T) {
	d := draftDoc(t, "Regulatory Commission (the \"Panel\"):\n\n1. The Football Association charged Kingsmere Athletic FC (\"the Club\") with misconduct. The Club admitted the charge. The Panel fined the Club £45,000.", "2026-02-12")
	for name, term := range map[string]string{"Kingsmere Athletic FC": "Club", "Regulatory Commission": "Panel"} {
		p := findParty(d.Parties, name)
		if p == nil || !slices.Contains(p.Aliases, term) {
			t.Errorf("%q with defined term %q missing from %v: %+v", name, term, names(d.Parties), p)
		}
	}
	checkNoParties(t, d.Parties, "a defined term", "Club", "Panel")
}
