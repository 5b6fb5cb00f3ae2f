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
	checkTerms(t, d, map[string]string{"Kingsmere Athletic FC": "Club", "Regulatory Commission": "Panel"})
	checkNoParties(t, d.Parties, "a defined term", "Club", "Panel")
}

// TestTermsDefinedUnderTheName checks an agreement that sets out each side
// on lines of its own, its name in capitals and its defined term under it,
// and signs for each at the end.
func TestTermsDefinedUnderTheName(t *testing.T) {
	d := draftDoc(t, "MEMORANDUM OF UNDERSTANDING\n\nbetween\n\nTHE CITY OF VANTAA\n(hereinafter \"the City\")\n\nand\n\nNORTHPEAK DATA OY\n(hereinafter \"the Company\")\n\n(together \"the Parties\")\n\n1.1 The Company intends to build a data centre at Kivistö.\n\n2.1 The Company shall design the data centre.\n\n3.1 The City shall reserve the plot.\n\n4.1 Each Party shall keep confidential any information received from the other Party.\n\n5.1 This MoU shall enter into force on the date of its signature.\n\nFor the City of Vantaa\n\nRiikka Salmenkivi\nMayor\n\nFor Northpeak Data Oy\n\nAnders Holmqvist\nChief Executive Officer\n", "2026-11-03")
	checkTerms(t, d, map[string]string{"City of Vantaa": "The City", "Northpeak Data Oy": "The Company"})
	checkNoParties(t, d.Parties, "an agreement's terms for its sides and itself", "Each Party", "The Parties", "This MoU", "The Company", "The City")
}

// checkTerms checks that each party of the draft named as a key has the
// defined term its value gives among its aliases.
func checkTerms(t *testing.T, d *document, terms map[string]string) {
	t.Helper()
	for name, term := range terms {
		p := findParty(d.Parties, name)
		if p == nil || !slices.Contains(p.Aliases, term) {
			t.Errorf("%q with defined term %q missing from %v: %+v", name, term, names(d.Parties), p)
		}
	}
}

// TestAcronymTheNameIsKnownBy checks that ", known as" or ", known by its
// … acronym" before an acronym after a body's name makes the acronym its
// alias, not a party of its own.
func TestAcronymTheNameIsKnownBy(t *testing.T) {
	for _, text := range []string{
		"The Independent Trade Union of Automotive Workers of Slovakia, known by its Slovak acronym NOZA, said 87% of members had turned the deal down. NOZA said it would strike.",
		"The Independent Trade Union of Automotive Workers of Slovakia, known as NOZA, said 87% of members had turned the deal down. NOZA said it would strike.",
	} {
		d := draftDoc(t, text, "2026-12-04")
		p := findParty(d.Parties, "Independent Trade Union of Automotive Workers of Slovakia")
		if p == nil || !slices.Contains(p.Aliases, "NOZA") {
			t.Errorf("union with its acronym NOZA missing from %v: %+v", names(d.Parties), p)
		}
		checkNoParties(t, d.Parties, "an acronym a body is known by", "NOZA")
	}
}
