package parties

import "testing"

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
