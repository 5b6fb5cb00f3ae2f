package parties

import (
	"slices"
	"testing"
)

// TestMastheadInCapitals checks a body whose name alone, in capitals,
// makes a document's first line.
func TestMastheadInCapitals(t *testing.T) {
	for text, want := range map[string]string{
		"HARTWELL TOWN COUNCIL\n\nMinutes of the meeting held on 14 October.":   "Hartwell Town Council",
		"MINISTRY OF DEFENCE\n\nThe ministry will close the base in March.":     "Ministry of Defence",
		"KELBY CHAMBER OF COMMERCE\n\nMembers met on Tuesday to discuss rates.": "Kelby Chamber of Commerce",
	} {
		d := draftDoc(t, text, "2025-10-16")
		if p := findParty(d.Parties, want); p == nil || p.Kind != "organisation" {
			t.Errorf("masthead %q missing from %v", want, names(d.Parties))
		}
	}
	for _, text := range []string{
		"FLOODS HIT THE NORTH\n\nRivers burst their banks on Monday.",
		"TOWN COUNCIL MEETS TONIGHT ON RATES AND BINS\n\nCouncillors meet at 7pm.",
	} {
		d := draftDoc(t, text, "2025-10-16")
		for _, p := range d.Parties {
			if p.Mentions[0].Start == 0 {
				t.Errorf("a headline in capitals became a body: %+v", p)
			}
		}
	}
}

// TestLegalFormInLowerCase checks a company named with "plc" after its
// name: an organisation, whatever its words, with the form in its name.
func TestLegalFormInLowerCase(t *testing.T) {
	d := draftDoc(t, "Sahelite Cement plc said on Monday it would cut 200 jobs. Sahelite Cement will also close a kiln.", "2025-10-16")
	p := findParty(d.Parties, "Sahelite Cement plc")
	if p == nil || p.Kind != "organisation" {
		t.Fatalf("company with plc missing from %v", names(d.Parties))
	}
	if len(p.Aliases) != 1 || p.Aliases[0] != "Sahelite Cement" {
		t.Errorf("the name without its form is no alias: %+v", p)
	}
	d = draftDoc(t, "Shares in Harlow rose after the plcs merged.", "2025-10-16")
	if p := findParty(d.Parties, "Harlow plc"); p != nil {
		t.Errorf("a word beginning with plc was read as the form: %+v", p)
	}
}

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
	for _, wrong := range []string{"Boards of Kelby Minerals plc", "Company", "Boards"} {
		if p := findParty(d.Parties, wrong); p != nil {
			t.Errorf("%q is a party: %+v", wrong, p)
		}
	}
}

// TestHolidaysAreNoParties checks the names of holidays, with or without
// a possessive: dates, no parties.
func TestHolidaysAreNoParties(t *testing.T) {
	d := draftDoc(t, "Officers will patrol the city centre over New Year's Eve, and the shops close on Christmas Eve and Boxing Day. Eve Hart said the market would open.", "2025-12-30")
	for _, name := range []string{"New Year", "Eve", "Christmas Eve", "Boxing Day"} {
		if p := findParty(d.Parties, name); p != nil {
			t.Errorf("%q is a party: %+v", name, p)
		}
	}
	if findParty(d.Parties, "Eve Hart") == nil {
		t.Errorf("a person named Eve lost: %v", names(d.Parties))
	}
}
